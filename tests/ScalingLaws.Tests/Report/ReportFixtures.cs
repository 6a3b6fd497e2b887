using ScalingLaws.Analysis;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.IO.Downstream;
using ScalingLaws.Laws;
using ScalingLaws.Planning;
using ScalingLaws.Prediction;
using ScalingLaws.Report;
using ScalingLaws.Simulation;

namespace ScalingLaws.Tests.Report;

/// <summary>Report inputs shared by the report tests, each computed once per test run.</summary>
internal static class ReportFixtures
{
    /// <summary>The demo's simulated sweep (seed 1) with a 200-resample bootstrap: every section has something to show.</summary>
    public static ReportData Demo => DemoData.Value;

    /// <summary>The Chinchilla runs as Epoch fits them (5 highest losses dropped), with a 200-resample bootstrap.</summary>
    public static ReportData Chinchilla => ChinchillaData.Value;

    /// <summary>
    /// L = 406.4/N^0.34 + 410.7/D^0.28 with no floor (24 runs up to 5e8 parameters on 3e9 tokens, seed 1, 0.5% noise): the fit puts
    /// E near 0. The Chinchilla report's settings, no bootstrap, and the prior's error model.
    /// </summary>
    public static ReportData NoFloor => NoFloorData.Value;

    /// <summary>Where the tests leave pages and screenshots for a person to look at: under the test output.</summary>
    public static string OutputFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "report-output")).FullName;

    private static readonly Lazy<ReportData> DemoData = new(() => ReportAnalysis.Run(
        SweepSimulator.Simulate(SweepDesign.Chinchilla, seed: 1),
        Settings(new IsoFlopAnalysis(SweepDesign.Chinchilla.Budgets))));

    private static readonly Lazy<ReportData> ChinchillaData = new(() => ReportAnalysis.Run(
        RowRules.DropHighestLoss(SharedDatasets.Load("chinchilla"), 5),
        Settings(new IsoFlopAnalysis())));

    private static readonly Lazy<ReportData> NoFloorData = new(() =>
    {
        var random = new Random(1);
        var rows = from n in new[] { 1e7, 2e7, 5e7, 1e8, 2e8, 5e8 }
                   from d in new[] { 1e8, 3e8, 1e9, 3e9 }
                   select new Observation(n, d, 6 * n * d, (406.4 / Math.Pow(n, 0.34) + 410.7 / Math.Pow(d, 0.28)) * Math.Exp(0.005 * (random.NextDouble() - 0.5)));
        var table = new ObservationTable([.. rows], "no-floor");
        var fit = new LawFitter(ChinchillaLaw.Instance, FitOptions.Default with { StartStride = 2 }).Fit(table);
        return Chinchilla with
        {
            Source = "no-floor", Table = table, Fit = fit, Bootstrap = null, Spread = null, Law = new ComputeOptimal(fit.Values),
            Predictive = PredictiveModel.FromPrior(ChinchillaLaw.Instance, table, fit.Values, HitchhikerPrior.Relative),
        };
    });

    private static ReportSettings Settings(IsoFlopAnalysis isoflop) => new()
    {
        Fitter = new LawFitter(ChinchillaLaw.Instance),
        Resamples = 200,
        Seed = 42,
        IsoFlop = isoflop,
        Tasks = TaskColumns.All,
        Generator = "scaling tests",
    };

    /// <summary>Writes a page under <see cref="OutputFolder"/> and returns its path.</summary>
    public static string Save(string name, string html)
    {
        var path = Path.Combine(OutputFolder, name);
        File.WriteAllText(path, html);
        return path;
    }
}
