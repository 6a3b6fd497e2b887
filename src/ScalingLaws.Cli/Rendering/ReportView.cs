using System.Text;
using ScalingLaws.Fitting;
using ScalingLaws.Report;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>What <c>scaling report</c> prints: where the page went, and which parts the data could not support.</summary>
internal static class ReportView
{
    public static void Write(IAnsiConsole console, string path, string page, ReportData data)
    {
        var bytes = Encoding.UTF8.GetByteCount(page);
        console.MarkupLine($"wrote {Markup.Escape(Path.GetFullPath(path))} ({Quantity.Format(bytes)}B)");
        var bootstrap = data.Bootstrap is { } b ? $", bootstrap {Numbers.Count(b.Converged)} of {Numbers.Count(b.Resamples)} resamples" : ", no bootstrap (give --bootstrap 1000 for intervals)";
        console.MarkupLine(Markup.Escape($"  {data.Fit.Law.Name} law fitted to {Numbers.Count(data.Fit.Rows)} rows of {data.Source}{bootstrap}"));
        // What fit would warn of is on the page; a terminal that shows only 'wrote' would hide it.
        if (data.Fit.Status != FitStatus.Converged)
            console.MarkupLine($"  [yellow]status: {Markup.Escape(DiagnosticAdvice.Status(data.Fit.Status).Replace("(see the warnings)", "(see the warnings on the page)", StringComparison.Ordinal))}[/]");
        foreach (var warningNote in data.Table.Notes.Where(n => n.StartsWith("warning: ", StringComparison.Ordinal)))
            console.MarkupLine($"  [yellow]{Markup.Escape(warningNote)}[/]");
        console.MarkupLine(Markup.Escape(data.IsoFlop is { } isoflop
            ? $"  IsoFLOP profiles: {isoflop.Budgets.Count(p => p.Included)} of {isoflop.Budgets.Count} budgets used"
            : $"  IsoFLOP profiles: none; {data.IsoFlopNote}"));
        if (data.Exponents?.Warning is { } warning)
            console.MarkupLine($"  [yellow]{Markup.Escape(warning)}[/]");
        console.MarkupLine(Markup.Escape(data.Study is { } study
            ? $"  estimation study: {string.Join(", ", study.Families.Select(f => f.Family))}{(data.StudyNote is { } note ? $"; {note}" : "")}"
            : $"  estimation study: none; {data.StudyNote}"));
    }
}
