using ScalingLaws.Cli.Options;
using System.Collections.Immutable;
using ScalingLaws.Data;

namespace ScalingLaws.Tests.Data;

/// <summary>Rules that drop rows before a fit.</summary>
public sealed class RowRulesTests
{
    private static ObservationTable Losses(params double[] losses) =>
        new(losses.Select((l, i) => new Observation(1e9 * (i + 1), 1e10, 6e19 * (i + 1), l, SourceRow: i + 1)), "losses.csv");

    [Fact]
    public void Drop_highest_loss_drops_ties_at_the_threshold_like_Epoch()
    {
        // numpy: sorted(loss)[-2] = 3, keep loss < 3 → [1, 2]: the three 3s all go with the 4.
        var table = Losses(3, 1, 4, 3, 2, 3);

        var kept = RowRules.DropHighestLoss(table, 2);

        Assert.Equal([1.0, 2.0], kept.Column(Field.Loss));
        Assert.Equal([2, 5], kept.Rows.Select(r => r.SourceRow));
        Assert.Equal("dropped the 4 highest-loss rows (loss ≥ 3); 2 remain", Assert.Single(kept.Notes));
    }

    [Fact]
    public void Drop_highest_loss_without_ties_drops_exactly_count_rows_in_order()
    {
        var kept = RowRules.DropHighestLoss(Losses(2.5, 3.1, 2.2, 4.0, 2.9), 2);

        Assert.Equal([2.5, 2.2, 2.9], kept.Column(Field.Loss));
        Assert.Contains("dropped the 2 highest-loss rows (loss ≥ 3.1); 3 remain", kept.Notes);
    }

    [Fact]
    public void Drop_zero_rows_returns_the_table_unchanged()
    {
        var table = Losses(1, 2, 3);

        Assert.Same(table, RowRules.DropHighestLoss(table, 0));
    }

    [Fact]
    public void Dropping_every_row_is_an_error()
    {
        var error = Assert.Throws<ScalingLawsException>(() => RowRules.DropHighestLoss(Losses(1, 2, 3), 3));

        Assert.Contains("--drop-highest-loss 3 would drop all 3 rows", error.Worded());
        Messages.AssertOneLine(error.Message);
    }

    [Fact]
    public void Min_tokens_keeps_rows_at_the_threshold()
    {
        var table = new ObservationTable(
            [new(1e9, 1e9, 6e18, 3.0), new(1e9, 2e9, 1.2e19, 2.9), new(1e9, 3e9, 1.8e19, 2.8), new(1e9, 1.999e9, 1.2e19, 2.95)],
            "t");

        var kept = RowRules.MinTokens(table, 2e9);

        Assert.Equal([2e9, 3e9], kept.Column(Field.Tokens));
        Assert.Equal("dropped 2 rows with fewer than 2B tokens; 2 remain", Assert.Single(kept.Notes));
    }

    [Fact]
    public void Rules_keep_extra_columns_aligned_and_notes_in_order()
    {
        var extra = new Dictionary<string, ImmutableArray<string>> { ["run"] = ["a", "b", "c", "d"] };
        var table = new ObservationTable(
            [new(1e9, 1e9, 6e18, 3.0), new(1e9, 2e9, 1.2e19, 5.0), new(1e9, 3e9, 1.8e19, 2.8), new(1e9, 4e9, 2.4e19, 2.7)],
            "t", extra, ["first note"]);

        var kept = RowRules.MinTokens(RowRules.DropHighestLoss(table, 1), 3e9);

        Assert.Equal(["c", "d"], kept.Extra["run"].ToArray());
        Assert.Equal(3, kept.Notes.Length);
        Assert.Equal("first note", kept.Notes[0]);
        Assert.StartsWith("dropped the 1 highest-loss rows", kept.Notes[1]);
        Assert.StartsWith("dropped 1 row with fewer than", kept.Notes[2]);
        Assert.Equal("t", kept.Source);
    }

    [Fact]
    public void Final_checkpoints_keep_each_runs_row_with_the_most_tokens_in_order()
    {
        // Two runs told apart by their label, listed interleaved and out of order; run b's last two rows share their tokens.
        var table = new ObservationTable(
            [
                new(1e8, 2e9, double.NaN, 3.0, Model: "a", Step: 2, SourceRow: 1),
                new(2e8, 1e9, double.NaN, 3.1, Model: "b", Step: 1, SourceRow: 2),
                new(1e8, 1e9, double.NaN, 3.2, Model: "a", Step: 1, SourceRow: 3),
                new(2e8, 3e9, double.NaN, 2.8, Model: "b", Step: 3, SourceRow: 4),
                new(2e8, 3e9, double.NaN, 2.7, Model: "b", Step: 3, SourceRow: 5),
            ],
            "t");

        var kept = RowRules.FinalCheckpoints(table);

        Assert.Equal([1, 5], kept.Rows.Select(r => r.SourceRow));
        Assert.Equal("kept each run's last checkpoint: 2 of 5 rows", Assert.Single(kept.Notes));
    }

    [Fact]
    public void Final_checkpoints_of_runs_told_apart_only_by_rising_tokens_say_so()
    {
        // No label or step: one N at rising tokens reads as one run, which a sweep listed by N, then D also gives.
        var table = new ObservationTable([new(1e8, 1e9, 6e17, 3.0, SourceRow: 1), new(1e8, 2e9, 1.2e18, 2.9, SourceRow: 2)], "t");

        var kept = RowRules.FinalCheckpoints(table);

        Assert.Equal(2, Assert.Single(kept.Rows).SourceRow);
        Assert.Contains("(runs told apart only by consecutive rows of one N at rising tokens, as a sweep of final values listed by N, then D also is)", Assert.Single(kept.Notes));
    }

    [Fact]
    public void Final_checkpoints_of_a_table_of_final_values_keep_every_row_and_say_so()
    {
        var table = Losses(3, 2, 1);

        var kept = RowRules.FinalCheckpoints(table);

        Assert.Equal([1, 2, 3], kept.Rows.Select(r => r.SourceRow));
        Assert.Equal("each of the 3 rows is a run of its own, so all are final", Assert.Single(kept.Notes));
    }

    [Fact]
    public void Final_checkpoints_of_rows_without_tokens_follow_their_compute()
    {
        var table = new ObservationTable(
            [new(1e8, double.NaN, 6e18, 3.0, Model: "a", Step: 1, SourceRow: 1), new(1e8, double.NaN, 1.2e19, 2.9, Model: "a", Step: 2, SourceRow: 2),
             new(1e8, double.NaN, 9e18, 2.95, Model: "a", Step: 3, SourceRow: 3)],
            "t");

        Assert.Equal(2, Assert.Single(RowRules.FinalCheckpoints(table).Rows).SourceRow);
    }

    [Fact]
    public void Final_checkpoints_at_equal_tokens_follow_their_steps_not_the_row_order()
    {
        // Tokens rounded alike (3B) at steps 300 and 200, listed newest first: before, step 200 was kept, being listed later.
        var table = new ObservationTable(
            [new(1e8, 3e9, 1.8e18, 3.6, Model: "a", Step: 300, SourceRow: 1), new(1e8, 3e9, 1.8e18, 3.7, Model: "a", Step: 200, SourceRow: 2),
             new(1e8, 1e9, 6e17, 4.0, Model: "a", Step: 100, SourceRow: 3)],
            "t");

        Assert.Equal(1, Assert.Single(RowRules.FinalCheckpoints(table).Rows).SourceRow);
    }
}
