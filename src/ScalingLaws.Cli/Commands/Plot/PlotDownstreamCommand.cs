using ScalingLaws.Downstream;
using ScalingLaws.Plotting;

namespace ScalingLaws.Cli.Commands.Plot;

/// <summary>
/// <c>scaling plot downstream</c>: one task's scores against loss (sigmoid, exponential) or compute (direct), the fitted
/// law with its 95% band and the chance level; with --fit-up-to, the larger runs' final scores held out and drawn apart.
/// </summary>
internal static class PlotDownstreamCommand
{
    private const int CurvePoints = 120;

    public static Command Create(CliConsole console)
    {
        var data = new TaskDataOptions();
        var kind = DownstreamCommand.LawKind();
        var upTo = new Option<string?>("--fit-up-to") { HelpName = "N", Description = "Fit models up to this size only (checkpoints past --min-tokens) and draw the larger runs' final scores as held out." };
        var minTokens = DownstreamCommand.MinTokens("With --fit-up-to, fit only checkpoints trained on at least this many tokens.");
        var figure = new FigureOptions(console);
        var command = new Command("downstream",
            "A task's accuracy against loss (--law sigmoid or exponential) or compute (--law direct), the fitted law with its 95% band, the chance level dashed.\n\n" +
            "Example:\n  scaling plot downstream --dataset pythia-tasks --task arc_easy --law direct --fit-up-to 1.5B --out arc.png")
        {
            data, kind, upTo, minTokens, figure
        };
        return figure.Draws(command, (parse, cancellation) =>
        {
            var law = parse.GetValue(kind)!.Value;
            var (table, request) = data.Load(parse);
            var tasks = data.Tasks(parse, table, request);
            if (tasks.Count != 1)
                throw new ScalingLawsException($"--task all: a figure shows one task; name one of the {tasks.Count}.");
            var task = tasks[0];
            DownstreamFitCommand.RequireLoss(law, task);
            var split = parse.GetValue(upTo) is { } size
                ? new SizeSplit(OptionValues.Positive(size, $"--fit-up-to {size}"), DownstreamCommand.MinTokens(parse, minTokens))
                : null;
            var fitted = split is null ? task : split.Fitted(task);
            var fit = new AccuracyFitter(law).Fit(fitted, cancellation);
            var heldOut = split?.Targets(task) ?? [];
            return figure.Save(parse, ScalingPlots.Downstream(Data(task, fit, fitted, heldOut), parse.GetValue(figure.Title)));
        });
    }

    private static DownstreamPlotData Data(TaskScores task, AccuracyFit fit, TaskScores fitted, IReadOnlyList<TaskRow> heldOut)
    {
        var compute = fit.Law.Input == AccuracyInput.Compute;
        double X(TaskRow r) => compute ? r.Compute : r.Loss;
        var xs = fitted.Rows.Select(X).Concat(heldOut.Select(X)).ToArray();
        var (low, high) = (xs.Min(), xs.Max());
        var curve = Enumerable.Range(0, CurvePoints).Select(i =>
        {
            var t = i / (CurvePoints - 1.0);
            var x = compute ? low * Math.Pow(high / low, t) : low + t * (high - low);
            var p = fit.Predict(x);
            return new DownstreamCurvePoint(x, p.Accuracy, p.Lower, p.Upper);
        }).ToList();
        var label = compute ? "Compute C = 6ND (FLOPs)" : $"Loss ({task.LossName ?? "the table's loss column"})";
        return new DownstreamPlotData($"{task.Task} ({task.Metric})", fit.Law.Name, task.Chance, compute, label,
            [.. fitted.Rows.Select(r => (X(r), r.Score))], [.. heldOut.Select(r => (X(r), r.Score))], curve);
    }
}
