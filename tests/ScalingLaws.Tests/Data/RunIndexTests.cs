using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.IO;

namespace ScalingLaws.Tests.Data;

/// <summary>Which rows are checkpoints of one run (<see cref="RunIndex"/>), on real tables and small made-up ones.</summary>
public sealed class RunIndexTests
{
    [Fact]
    public void Chinchilla_final_values_are_each_their_own_run()
    {
        // 245 IsoFLOP points: 142 distinct N, some N at up to 5 budgets, but never listed as rising checkpoints.
        var raw = RunIndex.Of(TableReader.Read(ChinchillaEpoch.Path));
        var dataset = RunIndex.Of(SharedDatasets.Load("chinchilla"));

        Assert.Equal((245, 245), (raw.Rows, raw.Count));
        Assert.Equal(RunGrouping.FinalValues, raw.Grouping);
        Assert.False(raw.HasCheckpoints);
        // The dataset's model label is N rounded to 1e7 (43 labels), a size class and not a run.
        Assert.Equal((245, 245), (dataset.Rows, dataset.Count));
        Assert.Null(CheckpointDominance.Assess(dataset));
    }

    [Fact]
    public void Pythia_checkpoints_group_into_its_26_runs()
    {
        // v1: 8 sizes × {standard, deduped} = 16 runs of 24 trained checkpoints; v0: 10 runs of 15.
        var runs = RunIndex.Of(SharedDatasets.Load("pythia"));

        Assert.Equal(RunGrouping.Steps, runs.Grouping);
        Assert.Equal(16 * 24 + 10 * 15, runs.Rows);
        Assert.Equal(26, runs.Count);
        Assert.Equal([.. Enumerable.Repeat(24, 16), .. Enumerable.Repeat(15, 10)], runs.Sizes.ToArray());
    }

    [Fact]
    public void Pythia_file_read_as_a_table_groups_by_model_and_step()
    {
        // v0 wikitext: 5 sizes × {standard, deduped}, 15 checkpoints each.
        var table = TableReader.Read(Path.Combine(SharedDatasets.Directory, "pythia", "pythia_v0_wikitext.csv"),
            new ReadOptions { Map = ColumnMap.Parse(["loss=word_perplexity"]) });

        var runs = RunIndex.Of(table);

        Assert.Equal((150, 10), (runs.Rows, runs.Count));
        Assert.All(runs.Sizes, size => Assert.Equal(15, size));
    }

    [Fact]
    public void Datablations_rows_group_into_48_runs_by_label_or_by_consecutive_tokens()
    {
        // The loader labels each run; the file itself has no label or step, only data and epochs
        // columns and each run's checkpoints listed in order.
        var labelled = RunIndex.Of(SharedDatasets.Load("datablations"));
        var file = RunIndex.Of(TableReader.Read(Path.Combine(SharedDatasets.Directory, "colpret", "datablations_losses.csv")));

        Assert.Equal((9261, 48), (labelled.Rows, labelled.Count));
        Assert.Equal(RunGrouping.Labels, labelled.Grouping);
        Assert.Equal((9261, 48), (file.Rows, file.Count));
        Assert.Equal(RunGrouping.ConsecutiveTokens, file.Grouping);
        Assert.Equal(labelled.RunOf.ToArray(), file.RunOf.ToArray());
    }

    [Fact]
    public void Gpt3_digitised_curves_are_its_8_runs_by_label()
    {
        // No step column and x positions that go back and forth, but one N per model label.
        var runs = RunIndex.Of(SharedDatasets.Load("gpt3"));

        Assert.Equal((6506, 8), (runs.Rows, runs.Count));
        Assert.Equal(RunGrouping.Labels, runs.Grouping);
    }

    [Fact]
    public void Without_steps_a_run_continues_only_while_tokens_rise_at_one_N()
    {
        // N=1: 1e9, 2e9, 4e9 (one run), then 3e9 (falls: a new run); N=2 at 1e9 (new N); N=1 again (new run).
        var table = Table((1, 1e9), (1, 2e9), (1, 4e9), (1, 3e9), (2, 1e9), (1, 5e9));

        var runs = RunIndex.Of(table);

        Assert.Equal([0, 0, 0, 1, 2, 3], runs.RunOf.ToArray());
        Assert.Equal([3, 1, 1, 1], runs.Sizes.ToArray());
        Assert.Equal(RunGrouping.ConsecutiveTokens, runs.Grouping);
    }

    [Fact]
    public void A_run_column_with_one_value_per_row_makes_every_row_a_run()
    {
        var rows = Table((1, 1e9), (1, 2e9), (1, 4e9)).Rows.Select((r, i) => r with { Model = $"run-{i}" });

        var runs = RunIndex.Of(new ObservationTable(rows));

        Assert.Equal(3, runs.Count);
        Assert.Equal(RunGrouping.FinalValues, runs.Grouping);
    }

    [Fact]
    public void Schedule_column_separates_runs_of_one_size()
    {
        var table = new ObservationTable(Table((1, 1e9), (1, 2e9), (1, 3e9), (1, 4e9)).Rows,
            extra: new Dictionary<string, ImmutableArray<string>> { ["LR schedule"] = ["cosine", "cosine", "wsd", "wsd"] });

        Assert.Equal([0, 0, 1, 1], RunIndex.Of(table).RunOf.ToArray());
    }

    [Fact]
    public void A_learning_rate_that_parts_rows_at_one_checkpoint_separates_runs_and_one_logged_along_a_schedule_does_not()
    {
        // One size swept at two learning rates, checkpoints at steps 1 and 2: before, one run with every step logged twice.
        var rows = new[] { (1.0, "1e-3"), (2.0, "1e-3"), (1.0, "3e-3"), (2.0, "3e-3") }
            .Select(p => new Observation(1e8, p.Item1 * 1e9, double.NaN, 3, Step: p.Item1)).ToArray();
        var swept = new ObservationTable(rows, extra: new Dictionary<string, ImmutableArray<string>> { ["lr"] = ["1e-3", "1e-3", "3e-3", "3e-3"] });
        // One run whose lr decays from step to step: the column changes between checkpoints, never at one.
        var decaying = new ObservationTable(rows[..2], extra: new Dictionary<string, ImmutableArray<string>> { ["Learning Rate"] = ["3e-4", "1e-4"] });

        Assert.Equal([0, 0, 1, 1], RunIndex.Of(swept).RunOf.ToArray());
        Assert.Null(RepeatedRows.Find(swept, RunIndex.Of(swept)));
        Assert.Equal([0, 0], RunIndex.Of(decaying).RunOf.ToArray());
    }

    [Fact]
    public void With_steps_rows_of_one_model_are_one_run_in_any_order()
    {
        var rows = new[] { (1.0, 300.0), (2.0, 100.0), (1.0, 100.0), (1.0, 200.0), (2.0, 200.0) }
            .Select(p => new Observation(p.Item1 * 1e8, p.Item2 * 1e6, double.NaN, 3, Model: $"m{p.Item1}", Step: p.Item2));

        var runs = RunIndex.Of(new ObservationTable(rows));

        Assert.Equal([0, 1, 0, 0, 1], runs.RunOf.ToArray());
        Assert.Equal(RunGrouping.Steps, runs.Grouping);
    }

    [Fact]
    public void Checkpoints_dominate_with_three_rows_per_run()
    {
        // 10 runs × 3 rows: two thirds of the rows are intermediate checkpoints.
        var dominance = CheckpointDominance.Assess(Sized([.. Enumerable.Repeat(3, 10)]));

        Assert.NotNull(dominance);
        Assert.Equal(3.0, dominance.RowsPerRun, 1e-12);
        Assert.True(dominance.ManyCheckpointsPerRun);
        Assert.False(dominance.FewRunsHoldMostRows);
        // Two rows per run, evenly: not dominated.
        Assert.Null(CheckpointDominance.Assess(Sized([.. Enumerable.Repeat(2, 10)])));
    }

    [Fact]
    public void Checkpoints_dominate_when_a_few_long_runs_hold_most_rows()
    {
        // 20 runs: 2 with 20 rows, 18 final values; 58 rows, 2.9 per run, but the largest tenth holds 69 %.
        var dominance = CheckpointDominance.Assess(Sized([20, 20, .. Enumerable.Repeat(1, 18)]));

        Assert.NotNull(dominance);
        Assert.False(dominance.ManyCheckpointsPerRun);
        Assert.True(dominance.FewRunsHoldMostRows);
        Assert.Equal(2, dominance.LargestRuns);
        Assert.Equal(40.0 / 58, dominance.LargestRunsShare, 1e-12);
    }

    // Runs of the given sizes, listed one after another at rising tokens.
    private static RunIndex Sized(int[] sizes) =>
        RunIndex.Of(Table([.. sizes.SelectMany((size, run) => Enumerable.Range(1, size).Select(k => ((double)run + 1, k * 1e9)))]));

    private static ObservationTable Table(params (double N, double D)[] rows) =>
        new(rows.Select(r => new Observation(r.N * 1e8, r.D, double.NaN, 3.0)));

    [Fact]
    public void Rows_stated_to_be_runs_stay_runs_of_their_own_through_selection()
    {
        // Two sizes at rising tokens: by the rule, two runs of three checkpoints.
        var table = new ObservationTable(
            [.. new[] { 1e8, 2e8 }.SelectMany(n => new[] { 1e9, 2e9, 4e9 }.Select(d => new Observation(n, d, 6 * n * d, 3.0 - 0.1 * Math.Log10(n * d))))],
            "grid.csv");

        var stated = table.AsRuns();

        Assert.Equal((RunGrouping.ConsecutiveTokens, 2), (RunIndex.Of(table).Grouping, RunIndex.Of(table).Count));
        Assert.Equal((RunGrouping.FinalValues, 6), (RunIndex.Of(stated).Grouping, RunIndex.Of(stated).Count));
        Assert.Equal(4, RunIndex.Of(stated.Where(r => r.Tokens > 1e9).WithNote("n")).Count);
        Assert.Equal("every row read as a run of its own", Assert.Single(stated.Notes));
    }
}
