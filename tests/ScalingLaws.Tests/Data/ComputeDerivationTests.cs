using ScalingLaws.Data;

namespace ScalingLaws.Tests.Data;

/// <summary>Filling tokens or FLOPs from C = 6ND.</summary>
public sealed class ComputeDerivationTests
{
    [Fact]
    public void Derives_missing_tokens_and_flops_and_notes_it()
    {
        var table = new ObservationTable(
        [
            new(2e9, double.NaN, 6e19, 2.5),   // D = 6e19 / (6 · 2e9) = 5e9
            new(1e9, 4e10, double.NaN, 2.4),   // C = 6 · 1e9 · 4e10 = 2.4e20
            new(1e9, 2e10, 1.3e20, 2.6),       // complete (and inconsistent): kept as is
            new(1e9, double.NaN, double.NaN, 2.7), // nothing to derive from
        ], "runs.csv");

        var completed = ComputeDerivation.Complete(table);

        Assert.Equal(5e9, completed[0].Tokens, 1e-6);
        Assert.Equal(2.4e20, completed[1].Flops, 1e6);
        Assert.Equal(table[2], completed[2]);
        Assert.True(double.IsNaN(completed[3].Tokens));
        Assert.True(double.IsNaN(completed[3].Flops));
        Assert.Equal(
            "tokens derived as D = C/(6N) for 1 of 4 rows; flops derived as C = 6ND for 1 of 4 rows",
            Assert.Single(completed.Notes));
        Assert.Equal("runs.csv", completed.Source);
    }

    [Fact]
    public void Counts_in_the_note_are_grouped_as_the_tools_other_counts()
    {
        var table = new ObservationTable([.. Enumerable.Range(1, 1200).Select(i => new Observation(1e9, 1e9 * i, double.NaN, 2.5))], "large.csv");

        Assert.Equal("flops derived as C = 6ND for 1,200 of 1,200 rows", Assert.Single(ComputeDerivation.Complete(table).Notes));
    }

    [Fact]
    public void Complete_table_is_returned_unchanged()
    {
        var table = new ObservationTable([new(1e9, 2e10, 1.2e20, 2.6)], "t");

        Assert.Same(table, ComputeDerivation.Complete(table));
    }

    [Fact]
    public void Only_tokens_missing_gives_only_the_tokens_note()
    {
        var table = new ObservationTable([new(1e9, double.NaN, 6e19, 2.5), new(2e9, double.NaN, 6e19, 2.6)], "t");

        var completed = ComputeDerivation.Complete(table);

        Assert.Equal([1e10, 5e9], completed.Column(Field.Tokens));
        Assert.Equal("tokens derived as D = C/(6N) for 2 of 2 rows", Assert.Single(completed.Notes));
    }

    [Fact]
    public void Compute_helpers_use_six_flops_per_parameter_token()
    {
        Assert.Equal(6.0, Compute.FlopsPerParamToken);
        Assert.Equal(6 * 70e9 * 1.4e12, Compute.Flops(70e9, 1.4e12));
        Assert.Equal(1.4e12, Compute.Tokens(5.88e23, 70e9), 1e-3 * 1.4e12);
        Assert.Equal(70e9, Compute.Params(5.88e23, 1.4e12), 1e-3 * 70e9);
    }

    [Fact]
    public void Chinchilla_extraction_gets_tokens_from_compute()
    {
        // The Epoch CSV has no tokens column; the reader completes it with D = C/(6N), as Epoch's notebook does.
        var table = ScalingLaws.IO.TableReader.Read(ChinchillaEpoch.Path);

        Assert.All(table.Rows, r => Assert.Equal(r.Flops / (6 * r.Params), r.Tokens, 1e-12 * r.Tokens));
        Assert.Contains("tokens derived as D = C/(6N) for 245 of 245 rows", table.Notes);
    }

    [Fact]
    public void A_point_to_predict_may_have_its_size_derived_a_measured_row_not()
    {
        var budget = new Observation(double.NaN, 1.4e12, 5.88e23, double.NaN); // N = 5.88e23 / (6 · 1.4e12) = 7e10

        Assert.Equal(7e10, ComputeDerivation.FillThird(budget, deriveParams: true).Params, 1e-3);
        Assert.True(double.IsNaN(ComputeDerivation.FillThird(budget).Params));
        Assert.Equal(5e9, ComputeDerivation.FillThird(new Observation(2e9, double.NaN, 6e19, 2.5), deriveParams: true).Tokens, 1e-6);
    }
}
