using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.IO;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Data;

/// <summary><see cref="RepeatedRows"/>: copies of rows and checkpoints logged twice, told apart from seeds and from real tables.</summary>
public sealed class RepeatedRowsTests
{
    private static readonly ObservationTable Sweep = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01, seed: 3, sizes: 5, tokenCounts: 5);

    [Fact]
    public void A_block_pasted_twice_is_twelve_identical_rows_pointing_at_the_first_copy()
    {
        var pasted = new ObservationTable(Sweep.Rows.Concat(Sweep.Rows.Take(12).Select((r, i) => r with { SourceRow = Sweep.Count + i + 1 })));

        var repeated = RepeatedRows.Find(pasted, RunIndex.Of(pasted));

        Assert.Equal(12, repeated!.Identical!.Count);
        Assert.Equal(26, repeated.Identical.Row.SourceRow);
        Assert.Equal(1, repeated.Identical.Earlier.SourceRow);
        Assert.Null(repeated.Relogged);
    }

    [Fact]
    public void A_checkpoint_logged_again_with_another_loss_is_relogged()
    {
        // One run's checkpoints (a model label), the 3rd and 4th logged a second time after a resume, with other losses.
        var rows = Enumerable.Range(1, 6).Select(i => new Observation(1e8, i * 1e9, 6e17 * i, 4 - 0.1 * i, Model: "m1", SourceRow: i)).ToList();
        rows.AddRange([rows[2] with { Loss = 3.69, SourceRow = 7 }, rows[3] with { Loss = 3.61, SourceRow = 8 }]);
        var table = new ObservationTable(rows);

        var repeated = RepeatedRows.Find(table, RunIndex.Of(table));

        Assert.Null(repeated!.Identical);
        Assert.Equal(2, repeated.Relogged!.Count);
        Assert.Equal((7, 3, 3.69, 3.7), (repeated.Relogged.Row.SourceRow, repeated.Relogged.Earlier.SourceRow, repeated.Relogged.Row.Loss, repeated.Relogged.Earlier.Loss));
    }

    [Fact]
    public void Seeds_told_apart_by_a_seed_column_are_not_repeats_even_with_equal_losses()
    {
        var twice = Sweep.Rows.Concat(Sweep.Rows).ToList();
        var seeds = new ObservationTable(twice, "seeds",
            ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("seed", [.. twice.Select((_, i) => i < Sweep.Count ? "1" : "2")]));

        Assert.Null(RepeatedRows.Find(seeds, RunIndex.Of(seeds)));
    }

    [Fact]
    public void Final_values_of_one_size_and_token_count_without_labels_are_separate_runs_that_nothing_tells_apart()
    {
        // Two rows at the same N and D with different losses and no label or step: separate runs, not a log written twice,
        // but whether seeds or a mistake no column says, so they are unmarked.
        var rows = Sweep.Rows.Append(Sweep[0] with { Loss = Sweep[0].Loss * 1.01, SourceRow = 26 }).ToList();
        var table = new ObservationTable(rows);

        var repeated = RepeatedRows.Find(table, RunIndex.Of(table));

        Assert.Null(repeated!.Identical);
        Assert.Null(repeated.Relogged);
        Assert.Equal((1, 26, 1), (repeated.Unmarked!.Count, repeated.Unmarked.Row.SourceRow, repeated.Unmarked.Earlier.SourceRow));
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("lr")]
    public void Runs_at_one_point_told_apart_by_any_column_are_not_unmarked(string column)
    {
        var rows = Sweep.Rows.Append(Sweep[0] with { Loss = Sweep[0].Loss * 1.01, SourceRow = 26 }).ToList();
        var table = new ObservationTable(rows, "runs",
            ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add(column, [.. rows.Select((_, i) => i < Sweep.Count ? "1" : "2")]));

        Assert.Null(RepeatedRows.Find(table, RunIndex.Of(table)));
    }

    [Fact]
    public void The_gpt3_curves_digitised_from_a_figure_list_some_token_counts_twice()
    {
        // Measured: 2,495 rows at a token count their run lists just before, with a loss a pixel away (rows 5594 and 5595: 3.4682 and 3.4595).
        var gpt3 = SharedDatasets.Load("gpt3");

        var repeated = RepeatedRows.Find(gpt3, RunIndex.Of(gpt3));

        Assert.Null(repeated!.Identical);
        Assert.Equal(2495, repeated.Relogged!.Count);
        Assert.Equal((5595, 5594), (repeated.Relogged.Row.SourceRow, repeated.Relogged.Earlier.SourceRow));
    }

    [Fact]
    public void The_chinchilla_extraction_repeats_no_row()
    {
        var chinchilla = TableReader.Read(ChinchillaEpoch.Path);

        Assert.Null(RepeatedRows.Find(chinchilla, RunIndex.Of(chinchilla)));
    }
}
