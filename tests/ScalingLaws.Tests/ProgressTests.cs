using System.Collections.Concurrent;
using ScalingLaws.Estimation;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Tests;

/// <summary>Long computations report every finished unit, from whichever thread finished it.</summary>
public sealed class ProgressTests
{
    /// <summary>Collects reports synchronously (System.Progress would post them to the thread pool).</summary>
    private sealed class Collector : IProgress<WorkProgress>
    {
        public ConcurrentBag<WorkProgress> Reports { get; } = [];

        public void Report(WorkProgress value) => Reports.Add(value);

        public IEnumerable<int> Done(string stage) => Reports.Where(r => r.Stage == stage).Select(r => r.Done).Order();
    }

    [Fact]
    public void A_fit_reports_each_start_and_a_bootstrap_each_resample()
    {
        var collector = new Collector();
        var table = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01);
        var fitter = new LawFitter(ChinchillaLaw.Instance, FitOptions.Default with { StartStride = 2, Progress = collector });

        var fit = fitter.Fit(table);
        new Bootstrap(50, seed: 1).Run(fitter, table, fit);

        Assert.Equal(Enumerable.Range(1, 243), collector.Done("starts")); // the polish of the winner is not a start
        Assert.All(collector.Reports.Where(r => r.Stage == "starts"), r => Assert.Equal(243, r.Total));
        Assert.Equal(Enumerable.Range(1, 50), collector.Done("resamples"));
    }

    [Fact]
    public void A_study_reports_each_distinct_window()
    {
        var collector = new Collector();
        var settings = new EvaluationSettings { ModelCounts = [3, 4], Fractions = [0.5, 1.0], Progress = collector };

        new EvaluationStudy(settings).Run(TrainingCurveFamilies.Five());

        var reports = collector.Reports.ToArray();
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.Equal(("windows", 4), (r.Stage, r.Total)));
        Assert.Equal(Enumerable.Range(1, 4), collector.Done("windows"));
    }
}
