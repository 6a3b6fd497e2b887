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
    public static void Write(IAnsiConsole console, StudyManifest manifest, FitResult fit, string? isoFlopNote, PositionSummary positions, IReadOnlyList<TemporalSummary> temporal)
    {
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
        WriteTemporal(console, temporal);
    }

    private static void WriteTemporal(IAnsiConsole console, IReadOnlyList<TemporalSummary> temporal)
    {
        console.MarkupLine(Markup.Escape($"Per run: position laws over all checkpoints, uniform learning, and the temporal law fitted on the first {Numbers.Percent(TemporalSummary.FitFraction)} of the checkpoints predicting the rest (scaling curve positions | temporal FILE for the details)"));
        var table = new Table().Border(TableBorder.Rounded).AddColumn("run")
            .AddColumn(new TableColumn("hyperbolic R²").RightAligned()).AddColumn(new TableColumn("power R²").RightAligned())
            .AddColumn(new TableColumn("CV of reduction").RightAligned())
            .AddColumn(new TableColumn("forecast mean rel. error").RightAligned()).AddColumn(new TableColumn("max rel. error").RightAligned());
        foreach (var t in temporal)
            table.AddRow(t.Run, Numbers.Value(t.HyperbolicR2), Numbers.Value(t.PowerR2), Numbers.Value(t.UniformCv),
                t.PredictionMre is { } mre ? Numbers.Percent(mre) : "not fitted", t.PredictionMaxRe is { } max ? Numbers.Percent(max) : "–");
        console.Write(table);
        foreach (var t in temporal.Where(t => t.Note is not null))
            console.MarkupLine($"  [grey]· {Markup.Escape(t.Note!)}[/]");
    }

    public static object Json(StudyManifest manifest, FitResult fit, IsoFlopResult? isoFlop, string? isoFlopNote, PositionSummary positions, IReadOnlyList<TemporalSummary> temporal) => new
    {
        Data = manifest.Data,
        manifest.EntropyRate,
        manifest.BayesLoss,
        Fit = LawDocument.From(fit, null),
        IsoFlop = isoFlop is null ? null : IsoFlopView.Json(isoFlop, null),
        IsoFlopNote = isoFlopNote,
        Positions = positions,
        Temporal = temporal,
    };
}
