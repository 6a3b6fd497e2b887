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
    public static void Write(IAnsiConsole console, StudyManifest manifest, StudyMeasurements study, StudySummary summary)
    {
        WriteLaws(console, summary.Laws, manifest.BayesLoss);
        if (summary.IsoFlop is { } isoFlop)
            IsoFlopView.Write(console, study.Results, new IsoFlopAnalysis(), isoFlop, null);
        if (IsoFlopNote(summary) is { } note)
            console.MarkupLine(Markup.Escape($"IsoFLOP (Approach 2): not available: {note}"));
        WriteFloor(console, manifest, summary.Laws);
        WritePositions(console, summary.Positions);
        if (summary.Positions.Runs.Count > 0)
            WriteTemporal(console, summary.Temporal);
    }

    /// <summary>Each fit as <c>scaling fit</c> reports it, under a heading that says what it was fitted to; a missing one with its reason.</summary>
    private static void WriteLaws(IAnsiConsole console, IReadOnlyList<StudyLawFit> laws, double? floor)
    {
        foreach (var law in laws)
        {
            if (law.Fit is null)
                console.MarkupLine($"[bold]Fit to the {Markup.Escape(StudyLawText.Analysis(law))}[/]: {Markup.Escape($"not fitted: {StudyLawText.Missing(law, floor)}")}");
            else
            {
                console.MarkupLine($"[bold]Fit to the {Markup.Escape(StudyLawText.Analysis(law))}[/] [grey]{Markup.Escape($"(the fit of '{StudyLawText.Command(law)}', whose options the advice names)")}[/]");
                FitReportView.Write(console, law.Table, law.Fit, null, null, law.Runs);
            }
            console.WriteLine();
        }
    }

    // The fitted E against the true entropy and the exact Bayes predictor.
    private static void WriteFloor(IAnsiConsole console, StudyManifest manifest, IReadOnlyList<StudyLawFit> laws)
    {
        var floor = manifest.EntropyRate is { } entropy
            ? $"true entropy rate {Numbers.Value(entropy)} nats; exact Bayes predictor, mean over the {manifest.BayesLosses!.Count} positions of the held-out set: {Numbers.Value(manifest.BayesLoss!.Value)}"
            : "the corpus's true entropy is unknown";
        console.MarkupLine($"[bold]Irreducible loss[/] on {Markup.Escape($"{manifest.Data}: {floor}")}");
        var free = laws.Where(l => l.Fit is not null && l.FixedE is null).ToArray();
        if (free.Length == 0)
            console.MarkupLine("  no law was fitted with E free, so there is no fitted E to compare");
        foreach (var law in free)
            console.MarkupLine(Markup.Escape($"  fitted E {Numbers.Value(law.Fit!["E"])} nats ({StudyLawText.Analysis(law)}){Gaps(manifest, law.Fit!["E"])}"));
        console.WriteLine();
    }

    private static void WritePositions(IAnsiConsole console, StudyPositions positions)
    {
        console.MarkupLine(Markup.Escape($"Per-position losses: {positions.Source} ({Numbers.Count(positions.Rows)} checkpoints × {positions.Positions} positions)"));
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

    private static void WriteTemporal(IAnsiConsole console, IReadOnlyList<StudyTemporalRun> temporal)
    {
        console.MarkupLine(Markup.Escape($"Per run: position laws over all checkpoints, uniform learning, and the temporal law fitted on the first {Numbers.Percent(StudyTemporalRun.FitFraction)} of the checkpoints predicting the rest (scaling curve positions | temporal FILE for the details)"));
        var table = new Table().Border(TableBorder.Rounded).AddColumn("run")
            .AddColumn(new TableColumn("hyperbolic R²").RightAligned()).AddColumn(new TableColumn("power R²").RightAligned())
            .AddColumn(new TableColumn("CV of reduction").RightAligned())
            .AddColumn(new TableColumn("forecast mean rel. error").RightAligned()).AddColumn(new TableColumn("max rel. error").RightAligned());
        foreach (var t in temporal)
            table.AddRow(t.Run, Numbers.Value(t.HyperbolicR2), Numbers.Value(t.PowerR2), Numbers.Value(t.UniformCv),
                t.PredictionMre is { } mre ? Numbers.Percent(mre) : "not fitted", t.PredictionMaxRe is { } max ? Numbers.Percent(max) : "–");
        console.Write(table);
        foreach (var problem in temporal.Select(t => t.Problem).OfType<ScalingLawsException>())
            NoteLine.Write(console, TemporalNote(problem));
    }

    private static string Gaps(StudyManifest manifest, double e) =>
        manifest.EntropyRate is { } entropy ? $": E − H = {Numbers.Value(e - entropy)}, E − Bayes = {Numbers.Value(e - manifest.BayesLoss!.Value)}" : "";

    private static string? IsoFlopNote(StudySummary summary) => summary.IsoFlopProblem is { } problem ? AdviceElsewhere.Worded(problem, "isoflop") : null;

    private static string TemporalNote(ScalingLawsException problem) => AdviceElsewhere.Worded(problem, "curve temporal");

    public static StudySummaryJson Json(StudyManifest manifest, StudySummary summary) => new(
        manifest.Data,
        manifest.EntropyRate,
        manifest.BayesLoss,
        summary.Laws.Select(l => new StudyLawJson(
            StudyLawText.Analysis(l), l.Table.Count, l.Runs.Count, l.FixedE, StudyLawText.Command(l), l.Fit is null ? null : LawDocument.From(l.Fit, null, l.Runs), StudyLawText.Missing(l, manifest.BayesLoss))),
        summary.IsoFlop is null ? null : IsoFlopView.Json(summary.IsoFlop, null),
        IsoFlopNote(summary),
        new StudyPositionsJson(summary.Positions.Source, summary.Positions.Rows, summary.Positions.Positions, summary.Positions.Runs),
        [.. summary.Temporal.Select(t => new StudyTemporalJson(
            t.Run, t.HyperbolicR2, t.PowerR2, t.UniformCv, t.PredictionMre, t.PredictionMaxRe, t.Problem is { } problem ? TemporalNote(problem) : null))]);

    internal sealed record StudySummaryJson(
        string Data, double? EntropyRate, double? BayesLoss, IEnumerable<StudyLawJson> Laws, IsoFlopView.IsoFlopJson? IsoFlop, string? IsoFlopNote,
        StudyPositionsJson Positions, IReadOnlyList<StudyTemporalJson> Temporal);

    internal sealed record StudyLawJson(string Analysis, int Rows, int Runs, double? FixedE, string Command, LawDocument? Fit, string? Missing);

    internal sealed record StudyPositionsJson(string Path, int Rows, int Positions, IReadOnlyList<StudyPositions.FinalRun> Runs);

    /// <summary>A run's <see cref="StudyTemporalRun"/>, its problem worded as a note.</summary>
    internal sealed record StudyTemporalJson(string Run, double HyperbolicR2, double PowerR2, double UniformCv, double? PredictionMre, double? PredictionMaxRe, string? Note);
}
