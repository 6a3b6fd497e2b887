using ScalingLaws.IO.Downstream;
using ScalingLaws.Report;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling report FILE --out report.html</c>: fits the law as <c>scaling fit</c> does and writes one
/// self-contained HTML page with the data, the law, a planner, the frontier, diagnostics and, for
/// training curves, the estimation study.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var reading = new ReadingOptions();
        var setting = new FitSettingOptions();
        var bootstrap = new BootstrapOptions("the rows");
        var grouping = new BudgetOptions();
        var quiet = CommonOptions.Quiet();
        var cost = new CostOptions();
        var output = new OutputOptions(OutputKind.Report, "The page to write, e.g. report.html: one file that opens offline in any browser.", required: true);
        var command = new Command("report",
            "Write one self-contained HTML page: the data, the fitted law with intervals, diagnostics, an interactive planner, IsoFLOP profiles and the frontier, " +
            "and for training curves the estimation study. With --gpu and --mfu the planner also gives GPU-hours (days with --gpus, dollars with --price).\n\n" +
            "Example:\n  scaling report --dataset chinchilla --drop-highest-loss 5 --bootstrap 1000 --out report.html")
        {
            reading, setting, bootstrap, grouping
        };
        cost.AddTo(command, budgets: false);
        output.AddTo(command);
        command.Options.Add(quiet);
        return command.Runs(console, (parse, cancellation) =>
        {
            var path = output.Check(parse)!;
            using var bar = ProgressBar.For(console, parse.GetValue(quiet));
            var settings = new ReportSettings
            {
                Fitter = setting.CreateFitter(parse, bar),
                Resamples = bootstrap.Count(parse),
                Seed = parse.GetValue(bootstrap.Seed),
                IsoFlop = grouping.CreateAnalysis(parse),
                Generator = ProductVersion.Text,
                Cost = cost.Settings(parse),
                Tasks = TaskColumns.All,
            };
            var table = reading.Load(parse);
            settings.IsoFlop.CheckColumn(table);
            var data = ReportAnalysis.Run(table, settings, cancellation);
            bar?.Dispose(); // the summary starts on a clean line
            var page = ReportPage.Build(data);
            ReportFile.Write(path, page);
            ReportView.Write(console.Ansi, path, page, data);
            return 0;
        });
    }
}
