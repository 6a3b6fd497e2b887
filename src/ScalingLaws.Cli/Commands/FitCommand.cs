using System.CommandLine;
using ScalingLaws.Cli.Options;
using ScalingLaws.Cli.Rendering;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.IO.LawFiles;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling fit FILE</c>: fit a law to a table of runs and report it.</summary>
internal static class FitCommand
{
    public static Command Create()
    {
        var reading = new ReadingOptions();
        var setting = new FitSettingOptions();
        var bootstrap = new BootstrapOptions("the runs (the rows, when each row is its own run)");
        var json = new Option<bool>("--json") { Description = "Print the fit as one JSON object." };
        var output = new Option<string?>("--out") { Description = "Also write the fit to a law file for 'scaling predict --law-file'." };
        var strict = new Option<bool>("--strict") { Description = $"Exit with {FitExit.Warnings} when the fit has any warning (a bound hit, ill-determined parameters, a grid edge), for scripts." };

        var command = new Command("fit", "Fit a scaling law to a table of training runs.\n\nExample:\n  scaling fit runs.csv --drop-highest-loss 5 --bootstrap 1000 --out fit.json");
        reading.AddTo(command);
        setting.AddTo(command);
        bootstrap.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(output);
        command.Options.Add(strict);
        command.SetAction(parse => CommandRunner.Run(cancellation =>
        {
            var table = reading.Load(parse);
            var runs = RunIndex.Of(table);
            var resamples = bootstrap.Count(parse);
            FitResult fit;
            BootstrapResult? uncertainty;
            using (var bar = ProgressBar.For(parse.GetValue(json)))
            {
                var fitter = new LawFitter(setting.CreateLaw(parse), setting.CreateOptions(parse) with { Progress = bar });
                fit = fitter.Fit(table, cancellation);
                uncertainty = resamples > 0
                    ? new Bootstrap(resamples, parse.GetValue(bootstrap.Seed)).Run(fitter, table, fit, cancellation: cancellation, runs: runs)
                    : null;
            }
            var document = LawDocument.From(fit, uncertainty, runs) with { Warnings = [.. FitReportView.Warnings(fit, runs)] };
            if (parse.GetValue(output) is { } path)
                LawFile.Write(path, document);
            if (parse.GetValue(json))
                Console.Out.WriteLine(LawFile.Serialize(document));
            else
                FitReportView.Write(table.Source, fit, uncertainty, parse.GetValue(output), runs);
            return FitExit.Code(fit.Status, FitReportView.Warnings(fit, runs).Count, parse.GetValue(strict));
        }));
        return command;
    }
}
