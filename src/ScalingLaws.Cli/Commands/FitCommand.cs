using ScalingLaws.Uncertainty;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling fit FILE</c>: fit a law to a table of runs and report it.</summary>
internal static class FitCommand
{
    public static Command Create(CliConsole console)
    {
        var reading = new ReadingOptions();
        var setting = new FitSettingOptions();
        var bootstrap = new BootstrapOptions("the runs (the rows, when each row is its own run)");
        var answer = new AnswerOptions();
        var output = new OutputOptions(OutputKind.LawFile, "Also write the fit to a law file for 'scaling predict --law-file', with the extrapolation-error model its predictive intervals need.");
        var backtestBy = BacktestOrderOption.Create(
            $"How --out measures the law's extrapolation error by backtest: {BacktestOrderOption.FitChoices} (default: params; a one-variable law's input), or none for the Hitchhiker prior.",
            forFit: true);
        var strict = StrictOption.Create("the fit has any warning (a bound hit, ill-determined parameters, a grid edge)");

        var command = new Command("fit", "Fit a scaling law to a table of training runs.\n\nExample:\n  scaling fit runs.csv --drop-highest-loss 5 --bootstrap 1000 --out fit.json")
        {
            reading, setting, bootstrap, answer, output, backtestBy, strict
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            var target = output.Check(parse);
            var loaded = reading.LoadSelected(parse);
            var table = loaded.Table;
            var runs = RunIndex.Of(table);
            var resamples = bootstrap.Count(parse);
            FitResult fit;
            BootstrapResult? uncertainty;
            PredictiveModel? predictive = null;
            using (var bar = ProgressBar.For(console, answer.Silent(parse)))
            {
                var law = setting.CreateLaw(parse);
                var options = setting.CreateOptions(parse);
                var fitter = new LawFitter(law, options with { Progress = bar });
                fit = fitter.Fit(table, cancellation);
                uncertainty = resamples > 0
                    ? new Bootstrap(resamples, parse.GetValue(bootstrap.Seed)).Run(fitter, table, fit, cancellation: cancellation, runs: runs)
                    : null;
                if (target is not null && fit.Status.IsUsable())
                    predictive = Predictive(parse, backtestBy, law, fit, options, table, bar, cancellation).For(fit, table) with { Covariance = ParameterUncertainty.PredictionCovariance(fit) };
            }
            var warnings = FitReportView.Warnings(fit, runs, table);
            var document = LawDocument.From(fit, uncertainty, runs, predictive) with { Warnings = [.. warnings, .. loaded.RowWarnings], Selection = loaded.Selection };
            var saved = target is not null && fit.Status.IsUsable() ? target : null;
            if (saved is not null)
            {
                // A law outside the domain every reader checks (an exponent past 10: a step between sizes) would be a file nothing opens.
                RefuseRisingLoss(fit, saved);
                _ = LawFile.Open(document, $"--out {saved} not written");
                LawFile.Write(saved, document);
            }
            else if (target is not null)
                console.Error.WriteLine(UnsavedFit.Warning(target, DiagnosticAdvice.Status(fit.Status)));
            console.Answer(answer.IsJson(parse),
                () => LawFile.Serialize(document),
                ansi => FitReportView.Write(ansi, table, fit, uncertainty, saved, runs, predictive));
            // Rows pooled across families or configurations, repeated or perplexity-like are warnings too, though the report prints them among the notes.
            var pooling = loaded.Selection.Warning is null ? 0 : 1;
            return FitExit.Code(fit.Status, warnings.Count + pooling + loaded.RowWarnings.Count, parse.GetValue(strict));
        });
    }

    // An exponent below 0 makes the fitted loss rise with its input: the law does not describe the rows, and what helps is a bound or other rows.
    private static void RefuseRisingLoss(FitResult fit, string saved)
    {
        var negative = fit.Law.Parameters.Select((p, j) => (p.Name, p.Scale, Value: fit.Values[j])).FirstOrDefault(p => p.Scale == ParameterScale.Linear && p.Value < 0);
        if (negative.Name is { } name)
            throw new ScalingLawsException(
                $"--out {saved} not written: {name} = {Numbers.Value(negative.Value)} is below 0, so the fitted loss rises where the law says it falls, and the law does not describe these rows; " +
                $"drop the rows that make it rise (often large models trained on few tokens) or keep it at 0 or above with --bound {name}=0:, and fit again.");
    }

    // The extrapolation-error model the law file carries: backtests on this table with the fit's own
    // options (the start grid thinned to every other value), or the prior at the fit's residual scale with --backtest-by none;
    // by size, also by run length for predictions at fitted sizes trained longer, by tokens per parameter for runs less trained
    // than any fitted, and by compute for runs costlier than any fitted.
    private static PredictiveModel Predictive(
        ParseResult parse, Option<Choice<BacktestOrder?>> backtestBy, ScalingLaw law, FitResult fit, FitOptions options, ObservationTable table,
        IProgress<WorkProgress>? progress, CancellationToken cancellation)
    {
        if (BacktestOrderOption.IsNone(parse, backtestBy))
            return PredictiveModel.FromPrior(law, table, fit.Values, HitchhikerPrior.Relative);
        var settings = new BacktestSettings
        {
            Order = BacktestOrderOption.Parse(parse, backtestBy, law),
            FitOptions = options with { StartStride = Math.Max(options.StartStride, 2) },
            Progress = progress,
        };
        return PredictiveModel.MeasureAll(law, table, fit.Values, settings, cancellation: cancellation);
    }
}
