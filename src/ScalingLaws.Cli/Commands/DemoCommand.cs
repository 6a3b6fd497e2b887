using System.CommandLine;
using System.Diagnostics;
using ScalingLaws.Cli.Rendering;
using ScalingLaws.Fitting;
using ScalingLaws.IO;
using ScalingLaws.IO.LawFiles;
using ScalingLaws.Laws;
using ScalingLaws.Planning;
using ScalingLaws.Report;
using ScalingLaws.Simulation;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling demo</c>: the whole product with no data. Simulates a sweep from Hoffmann et al.'s law
/// with noise, fits it with a bootstrap, plans a budget past the sweep, writes the runs, the law file
/// and the report, and prints how close the recovered law is to the true one.
/// </summary>
internal static class DemoCommand
{
    private const int Resamples = 1000;

    /// <summary>The planned budget: two decades past the sweep's largest, where a plan is an extrapolation.</summary>
    private const double PlanFactor = 100;

    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            HelpName = "DIR",
            Description = "The folder to write runs.csv, fit.json and report.html to (created if missing).",
            DefaultValueFactory = _ => "scaling-demo",
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the simulation and the bootstrap; the same seed gives the same files.", DefaultValueFactory = _ => 42 };
        var command = new Command("demo",
            "Try everything with no data: simulate a sweep from a known Chinchilla law with noise (IsoFLOP runs and training curves), fit it, " +
            "plan a budget, write the report, and see how close the fit comes to the truth.\n\n" +
            "Example:\n  scaling demo --out demo --seed 7");
        command.Options.Add(output);
        command.Options.Add(seed);
        command.SetAction(parse => CommandRunner.Run(cancellation =>
        {
            var clock = Stopwatch.StartNew();
            var folder = parse.GetValue(output)!;
            Directory.CreateDirectory(folder);
            var design = SweepDesign.Chinchilla;
            var table = SweepSimulator.Simulate(design, parse.GetValue(seed));
            var settings = new ReportSettings
            {
                Fitter = new LawFitter(ChinchillaLaw.Instance),
                Resamples = Resamples,
                Seed = parse.GetValue(seed),
                IsoFlop = new IsoFlopAnalysis(design.Budgets),
                Generator = ProductVersion.Text,
            };
            var data = ReportAnalysis.Run(table, settings, cancellation);
            var files = new[] { "runs.csv", "fit.json", "report.html" }.Select(name => Path.Combine(folder, name)).ToArray();
            TableWriter.WriteCsv(files[0], table);
            LawFile.Write(files[1], LawDocument.From(data.Fit, data.Bootstrap));
            ReportFile.Write(files[2], ReportPage.Build(data));
            DemoView.Write(design, table, data, design.Budgets.Max() * PlanFactor, files, clock.Elapsed);
            return 0;
        }));
        return command;
    }
}
