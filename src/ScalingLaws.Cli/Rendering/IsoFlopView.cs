using System.Text.Json.Serialization;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The IsoFLOP (Approach 2) report: how runs were grouped, a table of budgets with their vertex or
/// why each was left out, then the exponents a and b with their bootstrap spread.
/// </summary>
internal static class IsoFlopView
{
    public static void Write(
        IAnsiConsole console, ObservationTable table, IsoFlopAnalysis analysis, IsoFlopResult result, IsoFlopBootstrapResult? bootstrap,
        ExponentComparison? comparison = null, string? comparisonNote = null)
    {
        console.MarkupLine($"[bold]IsoFLOP profiles[/] (Chinchilla Approach 2) of {Numbers.Count(table.Count)} rows from {Markup.Escape(table.Source)}");
        foreach (var note in table.Notes.Append(Grouping(analysis, result)))
            NoteLine.Write(console, note);
        console.WriteLine();
        console.Write(BudgetTable(result));
        WriteExponent(console, "N_opt ∝ C^a", "a", result.ParamsExponent, bootstrap?.ParamsExponent);
        WriteExponent(console, "D_opt ∝ C^b", "b", result.TokensExponent, bootstrap?.TokensExponent);
        if (bootstrap is not null)
            console.MarkupLine(Markup.Escape($"bootstrap: {Numbers.Count(bootstrap.Succeeded)} of {Numbers.Count(bootstrap.Resamples)} resamples gave at least 2 budgets (seed {bootstrap.Seed}; runs resampled within each budget)"));
        WriteComparison(console, table, comparison, comparisonNote);
    }

    // Approach 3's a beside Approach 2's, each with its interval and where the interval comes from; nothing when the caller has neither.
    private static void WriteComparison(IAnsiConsole console, ObservationTable table, ExponentComparison? comparison, string? note)
    {
        if (comparison is null && note is null)
            return;
        console.WriteLine();
        if (comparison is null)
        {
            console.MarkupLine(Markup.Escape($"Approach 3 (Chinchilla law fitted to the same rows): not available; {note}"));
            return;
        }
        console.MarkupLine(Markup.Escape($"a, two ways on the same {Numbers.Count(table.Count)} rows:"));
        console.MarkupLine(Markup.Escape($"  Approach 2 (IsoFLOP parabolas)   a = {Estimate(comparison.Approach2)}"));
        console.MarkupLine(Markup.Escape($"  Approach 3 (fitted law, β/(α+β)) a = {Estimate(comparison.Approach3)}"));
        if (comparison.Warning is { } warning)
            console.MarkupLine($"[yellow]{Markup.Escape(warning)}[/]");
    }

    private static string Estimate(ExponentEstimate estimate) => estimate.HasInterval
        ? $"{Numbers.Value(estimate.Value)}, 95% interval [{Numbers.Value(estimate.Lower)}, {Numbers.Value(estimate.Upper)}] ({estimate.IntervalSource})"
        : $"{Numbers.Value(estimate.Value)} (no interval: {estimate.IntervalSource})";

    public static IsoFlopJson Json(IsoFlopResult result, IsoFlopBootstrapResult? bootstrap, ExponentComparison? comparison = null, string? comparisonNote = null) => new IsoFlopJson(
        result.ParamsExponent,
        result.TokensExponent,
        result.Design is { } design ? new DesignJson(Kebab(design.Source), design.Grid, design.Budgets.Count, design.OffBudgetRuns) : null,
        [.. result.Budgets.Select(b => new BudgetJson(b.Flops, b.Runs.Count, Sizes(b), b.Params, b.Tokens, b.Loss, b.Excluded))],
        bootstrap is null ? null : new BootstrapJson(
            bootstrap.Resamples, bootstrap.Seed, bootstrap.Succeeded,
            SpreadJson.Of(bootstrap.ParamsExponent), SpreadJson.Of(bootstrap.TokensExponent)),
        comparison is null
            ? comparisonNote is null ? null : new ComparisonJson(null, null, false, null, comparisonNote)
            : new ComparisonJson(EstimateJson.Of(comparison.Approach2), EstimateJson.Of(comparison.Approach3), comparison.Disagree, comparison.Warning, null));

    private static string Kebab(BudgetSource source) => source == BudgetSource.RoundGrid ? "round-grid" : source.ToString().ToLowerInvariant();

    private static string Grouping(IsoFlopAnalysis analysis, IsoFlopResult result)
    {
        var count = $"{result.Budgets.Count} budgets";
        if (analysis.BudgetColumn is { } column)
            return $"{count} from column '{column}'";
        return result.Design is { } design
            ? $"{design.Description}; give --budgets if they look wrong"
            : $"{count} given; runs within ±{analysis.ToleranceDex:G3} dex of each";
    }

    private static Table BudgetTable(IsoFlopResult result)
    {
        var anyExcluded = result.Budgets.Any(b => !b.Included);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("FLOPs C").RightAligned())
            .AddColumn(new TableColumn("runs").RightAligned())
            .AddColumn(new TableColumn("sizes").RightAligned())
            .AddColumn(new TableColumn("N_opt").RightAligned())
            .AddColumn(new TableColumn("D_opt").RightAligned())
            .AddColumn(new TableColumn("loss at min").RightAligned());
        if (anyExcluded)
            table.AddColumn("note");
        foreach (var budget in result.Budgets)
        {
            var cells = new List<string> { Quantity.FormatScientific(budget.Flops), Numbers.Count(budget.Runs.Count), SizeRange(budget) };
            cells.AddRange(budget.Included
                ? [Quantity.Format(budget.Params), Quantity.Format(budget.Tokens), Numbers.Value(budget.Loss)]
                : ["–", "–", "–"]);
            if (anyExcluded)
                cells.Add(budget.Included ? "" : $"left out: {budget.Excluded}");
            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }
        return table;
    }

    // How many distinct sizes, and their range: "14: 1.27B–12.6B".
    private static string SizeRange(BudgetProfile budget)
    {
        var sizes = Sizes(budget);
        if (sizes <= 1)
            return sizes == 0 ? "0" : $"1: {Quantity.Format(budget.Runs[0].Params)}";
        return $"{sizes}: {Quantity.Format(budget.Runs.Min(r => r.Params))}–{Quantity.Format(budget.Runs.Max(r => r.Params))}";
    }

    private static void WriteExponent(IAnsiConsole console, string law, string name, double value, Uncertainty.Uncertainty? spread)
    {
        var interval = spread is null ? "" : $"  SE {Numbers.Error(spread.StandardError)}, 95% interval [{Numbers.Value(spread.Lower)}, {Numbers.Value(spread.Upper)}]";
        console.MarkupLine(Markup.Escape($"{law}   {name} = {Numbers.Value(value)}{interval}"));
    }

    private static int Sizes(BudgetProfile budget) => budget.Runs.Select(r => r.Params).Distinct().Count();

    [OmitNulls]
    internal sealed record IsoFlopJson(
        double A, double B,
        DesignJson? Design,
        IReadOnlyList<BudgetJson> Budgets,
        BootstrapJson? Bootstrap,
        ComparisonJson? Comparison);

    [OmitNulls]
    internal sealed record DesignJson(string Found, string? Grid, int Budgets, int OffBudgetRuns);

    internal sealed record EstimateJson(double A, double[] Ci95, string Interval)
    {
        public static EstimateJson Of(ExponentEstimate estimate) => new(estimate.Value, [estimate.Lower, estimate.Upper], estimate.IntervalSource);
    }

    internal sealed record ComparisonJson(
        EstimateJson? Approach2, EstimateJson? Approach3, bool Disagree,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Warning,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note);

    [OmitNulls]
    internal sealed record BudgetJson(
        double Flops, int Runs, int Sizes, double Params, double Tokens, double Loss,
        string? Excluded);

    internal sealed record SpreadJson(double Median, double Se, double[] Ci95)
    {
        public static SpreadJson Of(Uncertainty.Uncertainty spread) => new(spread.Median, spread.StandardError, [spread.Lower, spread.Upper]);
    }

    internal sealed record BootstrapJson(int Resamples, int Seed, int Succeeded, SpreadJson A, SpreadJson B);
}
