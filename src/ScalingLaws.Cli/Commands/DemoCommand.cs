using System.Diagnostics;
using ScalingLaws.Report;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling demo</c>: the whole product with no data. Simulates a sweep from Hoffmann et al.'s law
/// with noise, fits it with a bootstrap, plans a budget past the sweep, writes the runs, the law file
/// and the report, and prints how close the recovered law is to the true one.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--out")
        {
            HelpName = "DIR",
            Description = "The folder to write runs.csv, fit.json and report.html to (created if missing).",
            DefaultValueFactory = _ => "scaling-demo",
        };
        var seed = CommonOptions.Seed(42);
        var command = new Command("demo",
            "Try everything with no data: simulate a sweep from a known Chinchilla law with noise (IsoFLOP runs and training curves), fit it, " +
            "plan a budget, write the report, and see how close the fit comes to the truth.\n\n" +
            "Example:\n  scaling demo --out demo --seed 7")
        {
            output, seed
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            AtomicFile.CheckFolder(parse.GetValue(output)!);
            var clock = Stopwatch.StartNew();
            var outcome = Demo.Run(parse.GetValue(output)!, parse.GetValue(seed), ProductVersion.Text, cancellation);
            DemoView.Write(console.Ansi, outcome, clock.Elapsed);
            return 0;
        });
    }
}
