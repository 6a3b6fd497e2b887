using ScalingLaws.Cli.Commands.Study;
using ScalingLaws.Fitting;
using ScalingLaws.IO.LawFiles;
using ScalingLaws.IO.Study;
using ScalingLaws.Planning;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>The study-specific part of <c>study summarize</c>: the fitted E against the true entropy, and the per-position losses.</summary>
internal static class StudySummaryView
{
    public static void Write(StudyManifest manifest, FitResult fit, string? isoFlopNote, PositionSummary positions)
    {
        var console = AnsiConsole.Console;
        if (isoFlopNote is not null)
            console.MarkupLine(Markup.Escape($"IsoFLOP (Approach 2): not available: {isoFlopNote}"));
        console.MarkupLine($"[bold]Irreducible loss[/] on {Markup.Escape(manifest.Data)}");
        var e = fit["E"];
        if (manifest.EntropyRate is { } entropy)
        {
            console.MarkupLine(Markup.Escape($"  fitted E {Numbers.Value(e)} nats; true entropy rate {Numbers.Value(entropy)} (E − H = {Numbers.Value(e - entropy)})"));
            console.MarkupLine(Markup.Escape($"  exact Bayes predictor, mean over the {manifest.BayesLosses!.Count} positions of the held-out set: {Numbers.Value(manifest.BayesLoss!.Value)} (E − Bayes = {Numbers.Value(e - manifest.BayesLoss.Value)})"));
        }
        else
            console.MarkupLine(Markup.Escape($"  fitted E {Numbers.Value(e)} nats; the corpus's true entropy is unknown"));
        console.WriteLine();
        console.MarkupLine(Markup.Escape($"Per-position losses: {positions.Path} ({Numbers.Count(positions.Rows)} checkpoints × {positions.Positions} positions)"));
        if (positions.Runs.Count == 0)
            return;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("run (last checkpoint)");
        foreach (var i in positions.Runs[0].At)
            table.AddColumn(new TableColumn($"pos {i}").RightAligned());
        foreach (var run in positions.Runs)
            table.AddRow([run.Run, .. run.Loss.Select(Numbers.Value)]);
        if (positions.Runs[0].Bayes is { } bayes)
            table.AddRow(["exact Bayes", .. bayes.Select(Numbers.Value)]);
        console.Write(table);
    }

    public static object Json(StudyManifest manifest, FitResult fit, IsoFlopResult? isoFlop, string? isoFlopNote, PositionSummary positions) => new
    {
        Data = manifest.Data,
        manifest.EntropyRate,
        manifest.BayesLoss,
        Fit = LawDocument.From(fit, null),
        IsoFlop = isoFlop is null ? null : IsoFlopView.Json(isoFlop, null),
        IsoFlopNote = isoFlopNote,
        Positions = positions,
    };
}
