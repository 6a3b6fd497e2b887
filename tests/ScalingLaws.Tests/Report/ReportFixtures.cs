using ScalingLaws.Analysis;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.IO.Downstream;
using ScalingLaws.Laws;
using ScalingLaws.Planning;
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

    /// <summary>Where the tests leave pages and screenshots for a person to look at: under the test output.</summary>
    public static string OutputFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "report-output")).FullName;

    private static readonly Lazy<ReportData> DemoData = new(() => ReportAnalysis.Run(
        SweepSimulator.Simulate(SweepDesign.Chinchilla, seed: 1),
        Settings(new IsoFlopAnalysis(SweepDesign.Chinchilla.Budgets))));

    private static readonly Lazy<ReportData> ChinchillaData = new(() => ReportAnalysis.Run(
        RowRules.DropHighestLoss(SharedDatasets.Load("chinchilla"), 5),
        Settings(new IsoFlopAnalysis())));

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
