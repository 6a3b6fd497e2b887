using ScalingLaws.IO;
using ScalingLaws.IO.Downstream;
using ScalingLaws.IO.LawFiles;
using ScalingLaws.Laws;
using ScalingLaws.Simulation;

namespace ScalingLaws.Report;

/// <summary>
/// The demo without a console: simulate a sweep from Hoffmann et al.'s law (<see cref="SweepDesign.Chinchilla"/>),
/// fit it with a bootstrap, and write runs.csv, fit.json and report.html into a folder. The same seed
/// gives the same files.
/// </summary>
public static class Demo
{
    public const int Resamples = 1000;

    /// <summary>The planned budget is this many times the sweep's largest: a plan is an extrapolation.</summary>
    public const double PlanFactor = 100;

    /// <param name="PlanBudget">The budget the demo plans for, in FLOPs.</param>
    /// <param name="Files">runs.csv, fit.json and report.html, in that order.</param>
    public sealed record Outcome(SweepDesign Design, ObservationTable Table, ReportData Data, double PlanBudget, IReadOnlyList<string> Files);

    public static Outcome Run(string folder, int seed, string generator, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(folder); // before the work, so a folder that cannot be made fails at once
        var design = SweepDesign.Chinchilla;
        var table = SweepSimulator.Simulate(design, seed);
        var data = ReportAnalysis.Run(table, new ReportSettings
        {
            Fitter = new LawFitter(ChinchillaLaw.Instance),
            Resamples = Resamples,
            Seed = seed,
            IsoFlop = new IsoFlopAnalysis(design.Budgets),
            Tasks = TaskColumns.All,
            Generator = generator,
        }, cancellation);
        string[] files = [.. new[] { "runs.csv", "fit.json", "report.html" }.Select(name => Path.Combine(folder, name))];
        TableWriter.WriteCsv(files[0], table);
        LawFile.Write(files[1], LawDocument.From(data.Fit, data.Bootstrap));
        ReportFile.Write(files[2], ReportPage.Build(data));
        return new Outcome(design, table, data, design.Budgets.Max() * PlanFactor, files);
    }
}
