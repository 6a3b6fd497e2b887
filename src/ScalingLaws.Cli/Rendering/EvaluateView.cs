using System.Globalization;
using System.Text.Json.Serialization;
using ScalingLaws.Estimation;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The estimation study's report: per family a table of errors (rows k, or the training model in
/// the one-model variant; columns p; values in %), the cells that did not fit and why, and with
/// several families their average. The JSON gives errors as fractions (0.05 = 5 %).
/// </summary>
internal static class EvaluateView
{
    public static void Write(IAnsiConsole console, string dataset, IEnumerable<string> dataNotes, EstimationMethod method, EvaluationSettings settings, StudyResult result, bool oneModel)
    {
        console.MarkupLine($"[bold]Estimation study[/] (Choshen et al. 2024) on {Markup.Escape(dataset)}: {Markup.Escape(method.Name)}");
        foreach (var note in dataNotes.Concat(Notes(settings, oneModel)))
            NoteLine.Write(console, note);
        foreach (var family in result.Families)
        {
            console.WriteLine();
            console.MarkupLine(Markup.Escape(Heading(family, settings, oneModel)));
            console.Write(oneModel ? ModelTable(family) : GridTable(family));
            foreach (var line in Footnotes(family, oneModel))
                console.MarkupLine($"  [grey]{Markup.Escape(line)}[/]");
        }
        if (result.Families.Count > 1 && result.Average.Count > 0)
            WriteAverage(console, result);
    }

    /// <summary>One family's object, or with several families {families, average}.</summary>
    public static object Json(StudyResult result, bool oneModel)
    {
        var families = result.Families.Select(f => new EvaluationFamilyJson(f.Family, f.Target, [.. f.Cells.Select(c => CellJson.Of(c, oneModel))])).ToArray();
        return families.Length == 1
            ? families[0]
            : new EvaluationJson(families, [.. result.Average.Select(a => new AverageJson(a.Models, a.Fraction, a.Are, a.Families))]);
    }

    public static string Status(CellStatus status) => status switch
    {
        CellStatus.Ok => "ok",
        CellStatus.Failed => "failed",
        _ => "too few rows",
    };

    private static IEnumerable<string> Notes(EvaluationSettings settings, bool oneModel)
    {
        var cut = settings.MinTokens > 0 ? $"checkpoints above {Quantity.Format(settings.MinTokens)} tokens" : "every checkpoint";
        yield return oneModel
            ? $"training: one model at a time, {cut} and below p × that model's last"
            : $"training: {cut} and below p × the longest run among the training sizes";
        if (settings.TargetFraction is { } own)
            yield return $"the training rows include the target's own first {Fraction(own)} of its run";
        yield return $"test: the target's checkpoints from {Fraction(EvaluationSettings.TestStart)} of its last on; ARE = mean |L − L̂|/L over them, in %";
    }

    private static string Heading(FamilyEvaluation family, EvaluationSettings settings, bool oneModel)
    {
        var from = oneModel ? "from each model alone" : settings.ScaleDown ? "from the k largest sizes" : "from the k smallest sizes";
        return $"{family.Family}: predict {family.Target} ({Quantity.Format(family.TargetParams)}) {from}; ARE % on {Numbers.Count(family.TestRows)} test checkpoints";
    }

    private static Table GridTable(FamilyEvaluation family)
    {
        var table = Columns("k", family.Cells);
        foreach (var row in family.Cells.GroupBy(c => c.K))
            table.AddRow([new Text(row.Key.ToString(CultureInfo.InvariantCulture)), .. row.Select(c => new Text(Value(c, c.Models < c.K)))]);
        return table;
    }

    private static Table ModelTable(FamilyEvaluation family)
    {
        var table = Columns("train model", family.Cells);
        foreach (var row in family.Cells.GroupBy(c => c.TrainModel))
            table.AddRow([new Text(row.Key ?? ""), .. row.Select(c => new Text(Value(c, showSizes: false)))]);
        return table;
    }

    private static Table Columns(string first, IEnumerable<EvaluationCell> cells)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn(first);
        foreach (var p in cells.Select(c => c.Fraction).Distinct())
            table.AddColumn(new TableColumn(Fraction(p)).RightAligned());
        return table;
    }

    // "54.31", "54.31 (4)" when fewer sizes than k had checkpoints in the window, "–" or "failed" otherwise.
    private static string Value(EvaluationCell cell, bool showSizes) => cell.Status switch
    {
        CellStatus.Ok => Percent(cell.Are) + (showSizes ? $" ({cell.Models})" : ""),
        CellStatus.Failed => "failed",
        _ => "–",
    };

    private static IEnumerable<string> Footnotes(FamilyEvaluation family, bool oneModel)
    {
        if (!oneModel && family.Cells.Any(c => c.Status == CellStatus.Ok && c.Models < c.K))
            yield return "(n): only n of the k sizes have checkpoints in the window.";
        if (family.Cells.Any(c => c.OnRidge))
            yield return "2 sizes fix only two combinations of E, A and alpha: those cells lie on a ridge of equally good fits and depend on where the optimiser stops.";
        foreach (var cell in family.Cells.Where(c => c.Reason is not null))
        {
            var where = oneModel ? $"{cell.TrainModel}, p = {Fraction(cell.Fraction)}" : $"k = {cell.K}, p = {Fraction(cell.Fraction)}";
            yield return $"{where}: {(cell.Status == CellStatus.Ok ? "" : Status(cell.Status) + ": ")}{cell.Reason}";
        }
    }

    private static void WriteAverage(IAnsiConsole console, StudyResult result)
    {
        console.WriteLine();
        console.MarkupLine(Markup.Escape($"Average over {result.Families.Count} families (each family's cells averaged first; rows: model sizes in the window; cells that did not fit left out)"));
        var fractions = result.Average.Select(a => a.Fraction).Distinct().Order().ToArray();
        var table = new Table().Border(TableBorder.Rounded).AddColumn("sizes");
        foreach (var p in fractions)
            table.AddColumn(new TableColumn(Fraction(p)).RightAligned());
        foreach (var row in result.Average.GroupBy(a => a.Models))
        {
            var byFraction = row.ToDictionary(a => a.Fraction);
            table.AddRow([new Text(row.Key.ToString(CultureInfo.InvariantCulture)), .. fractions.Select(p => new Text(byFraction.TryGetValue(p, out var a) ? Percent(a.Are) : "–"))]);
        }
        console.Write(table);
    }

    private static string Percent(double fraction) => (100 * fraction).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Fraction(double p) => p.ToString("0.0##", CultureInfo.InvariantCulture);

    internal sealed record EvaluationJson(IReadOnlyList<EvaluationFamilyJson> Families, IReadOnlyList<AverageJson> Average);

    internal sealed record EvaluationFamilyJson(string Family, string Target, IReadOnlyList<CellJson> Cells);

    internal sealed record AverageJson(int Models, double Fraction, double Are, int Families);

    internal sealed record CellJson(
        int K,
        int Models,
        double Fraction,
        double? Are,
        string Status,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Model)
    {
        public static CellJson Of(EvaluationCell cell, bool oneModel) => new(
            cell.K, cell.Models, cell.Fraction, cell.Status == CellStatus.Ok ? cell.Are : null, EvaluateView.Status(cell.Status), cell.Reason,
            oneModel ? cell.TrainModel : null);
    }
}
