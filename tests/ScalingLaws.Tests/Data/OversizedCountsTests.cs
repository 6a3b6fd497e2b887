using ScalingLaws.Data;

namespace ScalingLaws.Tests.Data;

/// <summary><see cref="OversizedCounts"/>: a size or token count beyond any run is found with its first row; real sweeps have none.</summary>
public sealed class OversizedCountsTests
{
    [Fact]
    public void Sizes_beyond_any_run_are_found_per_field_with_the_first_row()
    {
        var rows = new ObservationTable(
        [
            new Observation(1e8, 2e9, double.NaN, 3.5, SourceRow: 1),
            new Observation(1e30, 2e9, double.NaN, 3.4, SourceRow: 2),
            new Observation(2e8, 4e16, double.NaN, 3.3, SourceRow: 3),
            new Observation(2e14, 4e9, double.NaN, 3.2, SourceRow: 4),
        ]);

        var found = OversizedCounts.Find(rows);

        Assert.Equal(2, found.Count);
        Assert.Equal((Field.Params, 2, 2), (found[0].Field, found[0].Count, found[0].First.SourceRow));
        Assert.Equal((Field.Tokens, 1, 3), (found[1].Field, found[1].Count, found[1].First.SourceRow));
    }

    [Fact]
    public void The_ceilings_themselves_are_not_beyond()
    {
        var rows = new ObservationTable([new Observation(OversizedCounts.ParamsCeiling, OversizedCounts.TokensCeiling, double.NaN, 3.5)]);

        Assert.Empty(OversizedCounts.Find(rows));
    }

    [Theory]
    [MemberData(nameof(SharedDatasets.Names), MemberType = typeof(SharedDatasets))]
    public void No_real_sweep_has_a_size_beyond_any_run(string dataset)
    {
        Assert.Empty(OversizedCounts.Find(SharedDatasets.Load(dataset)));
    }
}
