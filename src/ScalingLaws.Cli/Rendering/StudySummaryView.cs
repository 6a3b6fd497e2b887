using ScalingLaws.Cli.Commands.Study;
using ScalingLaws.Training.Store;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// <c>study summarize</c>: the law fits (each in full, or why the runs do not support it), the fitted E
/// against the true entropy, and the per-position losses.
/// </summary>
internal static class StudySummaryView
{
    /// <summary>Each fit as <c>scaling fit</c> reports it, under a heading that says what it was fitted to; a missing one with its reason.</summary>
    public static void WriteLaws(IAnsiConsole console, IReadOnlyList<LawAnalysis> laws)
    {
        foreach (var law in laws)
        {
            if (law.Fit is null)
                console.MarkupLine($"[bold]Fit to the {Markup.Escape(law.Analysis)}[/]: {Markup.Escape($"not fitted: {law.Missing}")}");
            else
            {
                console.MarkupLine($"[bold]Fit to the {Markup.Escape(law.Analysis)}[/] [grey]{Markup.Escape($"(the fit of '{law.Command}', whose options the advice names)")}[/]");
                FitReportView.Write(console, law.Table.Source, law.Fit, null, null, law.Runs);
            }
            console.WriteLine();
        }
    }

    public static void Write(IAnsiConsole console, StudyManifest manifest, IReadOnlyList<LawAnalysis> laws, string? isoFlopNote, PositionSummary positions, IReadOnlyList<TemporalSummary> temporal)
    {
        if (isoFlopNote is not null)
            console.MarkupLine(Markup.Escape($"IsoFLOP (Approach 2): not available: {isoFlopNote}"));
        var floor = manifest.EntropyRate is { } entropy
            ? $"true entropy rate {Numbers.Value(entropy)} nats; exact Bayes predictor, mean over the {manifest.BayesLosses!.Count} positions of the held-out set: {Numbers.Value(manifest.BayesLoss!.Value)}"
            : "the corpus's true entropy is unknown";
        console.MarkupLine($"[bold]Irreducible loss[/] on {Markup.Escape($"{manifest.Data}: {floor}")}");
        var free = laws.Where(l => l.Fit is not null && l.FixedE is null).ToArray();
        if (free.Length == 0)
            console.MarkupLine("  no law was fitted with E free, so there is no fitted E to compare");
        foreach (var law in free)
            console.MarkupLine(Markup.Escape($"  fitted E {Numbers.Value(law.Fit!["E"])} nats ({law.Analysis}){Gaps(manifest, law.Fit!["E"])}"));
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
            NoteLine.Write(console, t.Note!);
    }

    private static string Gaps(StudyManifest manifest, double e) =>
        manifest.EntropyRate is { } entropy ? $": E − H = {Numbers.Value(e - entropy)}, E − Bayes = {Numbers.Value(e - manifest.BayesLoss!.Value)}" : "";

    public static StudySummaryJson Json(StudyManifest manifest, IReadOnlyList<LawAnalysis> laws, IsoFlopResult? isoFlop, string? isoFlopNote, PositionSummary positions, IReadOnlyList<TemporalSummary> temporal) => new(
        manifest.Data,
        manifest.EntropyRate,
        manifest.BayesLoss,
        laws.Select(l => new StudyLawJson(l.Analysis, l.Table.Count, l.Runs.Count, l.FixedE, l.Command, l.Fit is null ? null : LawDocument.From(l.Fit, null, l.Runs), l.Missing)),
        isoFlop is null ? null : IsoFlopView.Json(isoFlop, null),
        isoFlopNote,
        positions,
        temporal);

    internal sealed record StudySummaryJson(
        string Data, double? EntropyRate, double? BayesLoss, IEnumerable<StudyLawJson> Laws, IsoFlopView.IsoFlopJson? IsoFlop, string? IsoFlopNote,
        PositionSummary Positions, IReadOnlyList<TemporalSummary> Temporal);

    internal sealed record StudyLawJson(string Analysis, int Rows, int Runs, double? FixedE, string Command, LawDocument? Fit, string? Missing);
}
