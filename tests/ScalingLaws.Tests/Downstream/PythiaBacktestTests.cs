using ScalingLaws.Downstream;
using ScalingLaws.IO.Datasets;
using ScalingLaws.IO.Downstream;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Downstream;

/// <summary>
/// The measurement of docs/downstream.md: fit Pythia 70m–1.4b (checkpoints past 10B tokens), predict the final scores of 2.8b, 6.9b and
/// 12b (standard and deduped), per task and pooled over the tasks declared predictable, against the baseline of the
/// largest fitted model's score; and the temporal protocol: fit every run's checkpoints up to half its tokens, predict its
/// final score against its last fitted checkpoint's.
/// </summary>
public sealed class PythiaBacktestTests
{
    private static readonly SizeSplit Split = new(1.5e9, 1e10);

    private static IReadOnlyList<DownstreamBacktestResult> Run(string metric) => Run(metric, Split);

    private static IReadOnlyList<DownstreamBacktestResult> Run(string metric, DownstreamSplit split)
    {
        var table = DatasetCatalog.Load("pythia-tasks", SharedDatasets.Directory);
        var tasks = TaskColumns.Tasks(table, metric).Select(t => TaskColumns.Extract(table, t, new TaskRequest(metric))).ToList();
        var lossLaw = LossLaw.Fit(ChinchillaLaw.Instance, split.Fitted(tasks[0]));
        return [.. tasks.Select(t => DownstreamBacktest.Run(t, split, lossLaw))];
    }

    private static MethodScore Pooled(IReadOnlyList<DownstreamBacktestResult> results, string method) =>
        PooledScores.Of(results).Single(s => s.Method == method);

    /// <summary>Asserts the pooled mean absolute error (points) of <paramref name="method"/> and, when given, its coverage.</summary>
    private static void AssertPooled(IReadOnlyList<DownstreamBacktestResult> results, string method, (double Low, double High) mae, (double Low, double High)? coverage = null)
    {
        var score = Pooled(results, method);
        Assert.InRange(score.MaePoints, mae.Low, mae.High);
        if (coverage is { } range)
            Assert.InRange(score.Coverage!.Value, range.Low, range.High);
    }

    [Fact]
    public void Accuracy_of_the_three_largest_models_beats_the_baseline_on_the_predictable_tasks()
    {
        var results = Run("acc");

        Assert.Equal(["arc_challenge", "logiqa", "wsc"], results.Where(r => !r.Predictable).Select(r => r.Task).Order());
        var baseline = Pooled(results, "largest fitted model");
        Assert.Equal(36, baseline.Count); // 6 predictable tasks × 6 held-out runs
        Assert.InRange(baseline.MaePoints, 4.22, 4.32);
        // The acceptance: the two-step chain (exponential) and the direct law each beat the baseline with ≥ 85% coverage.
        AssertPooled(results, "two-step exponential", mae: (2.48, 2.68), coverage: (0.97, 1.0));
        AssertPooled(results, "direct", mae: (3.38, 3.58), coverage: (0.91, 0.97));
        // The sigmoid of LAMBADA bits levels off too early: worse than the baseline and far from its nominal coverage.
        AssertPooled(results, "two-step sigmoid", mae: (4.4, 4.8), coverage: (0.3, 0.55));
    }

    [Fact]
    public void Normalised_accuracy_is_predicted_by_the_chain_but_arc_challenge_is_a_miss()
    {
        var results = Run("acc_norm");

        Assert.Equal(["logiqa"], results.Where(r => !r.Predictable).Select(r => r.Task));
        AssertPooled(results, "two-step exponential", mae: (4.0, 4.25), coverage: (0.9, 0.95));
        AssertPooled(results, "largest fitted model", mae: (5.65, 5.8));
        // The direct law has the smallest error but its intervals miss ARC-Challenge's late rise (1 of 6 covered).
        var challenge = results.Single(r => r.Task == "arc_challenge").Scores.Single(s => s.Method == "direct");
        Assert.InRange(challenge.Coverage!.Value, 0.1, 0.2);
        AssertPooled(results, "direct", mae: (2.5, 2.7));
    }

    [Fact]
    public void From_half_of_each_run_the_exponential_chain_beats_the_last_fitted_checkpoint()
    {
        var results = Run("acc", new CheckpointSplit(0.5, 1e10));

        Assert.Equal(["logiqa", "wsc"], results.Where(r => !r.Predictable).Select(r => r.Task).Order());
        var baseline = Pooled(results, "last fitted checkpoint");
        Assert.Equal(112, baseline.Count); // 7 predictable tasks × 16 runs
        Assert.InRange(baseline.MaePoints, 2.07, 2.17);
        // The loss law's intervals are those a law file of the same rows gives (PredictiveModel.MeasureAll): each run's final
        // checkpoint is its fitted size trained longer, so the run-length model applies. With the size model alone the chain
        // covered 94% (exponential) and 93% (sigmoid); with it, 97.3% (109 of 112) and 95.5% (107 of 112).
        AssertPooled(results, "two-step exponential", mae: (1.38, 1.58), coverage: (0.96, 0.98));
        // The sigmoid covers but errs more than the baseline; the direct law errs more and covers too little (its compute
        // axis mixes sizes, so a run's late checkpoints sit where larger runs' early ones were fitted).
        AssertPooled(results, "two-step sigmoid", mae: (2.35, 2.55), coverage: (0.94, 0.97));
        AssertPooled(results, "direct", mae: (2.85, 3.05), coverage: (0.78, 0.86));
    }
}
