using System.Globalization;
using ScalingLaws.Estimation.Findings;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The findings report: per family a table of finding, paper claim, verdict and summary, then the
/// numbers behind each finding. The JSON gives errors as fractions (0.05 = 5 %), null where a cell did not fit.
/// </summary>
internal static class FindingsView
{
    public static void Write(IAnsiConsole console, string dataset, IEnumerable<string> dataNotes, string method, IReadOnlyList<FamilyFindings> families)
    {
        console.MarkupLine($"[bold]Findings of the estimation study[/] (Choshen et al. 2024) on {Markup.Escape(dataset)}: {Markup.Escape(method)}");
        foreach (var note in dataNotes)
            NoteLine.Write(console, note);
        NoteLine.Write(console, "claims: the paper's (arXiv v1), as listed in shared/data/README.md \"Paper-level claims\"");
        foreach (var family in families)
        {
            console.WriteLine();
            console.MarkupLine(Markup.Escape(
                $"{family.Family}: predicting {family.Target}; single-cell findings read k = {family.ReferenceK}, p = {family.ReferenceFraction.ToString("0.0##", CultureInfo.InvariantCulture)}"));
            var table = new Table().Border(TableBorder.Rounded).AddColumn("finding").AddColumn("paper's claim").AddColumn("verdict").AddColumn("ours");
            foreach (var f in family.Findings)
                table.AddRow(new Text(f.Topic), new Text(f.Claim), new Text(Verdict(f.Verdict)), new Text(f.Summary));
            console.Write(table);
            foreach (var f in family.Findings.Where(f => f.Values.Count > 0))
                console.MarkupLine($"  [grey]{Markup.Escape(f.Topic)}: {Markup.Escape(string.Join("; ", f.Values.Select(Value)))}[/]");
        }
    }

    public static FindingsJson Json(string dataset, string method, IReadOnlyList<FamilyFindings> families) => new FindingsJson(
        dataset,
        method,
        [.. families.Select(f => new FindingsFamilyJson(f.Family, f.Target, f.ReferenceK, f.ReferenceFraction,
            [.. f.Findings.Select(x => new FindingJson(x.Topic, x.Claim, Verdict(x.Verdict), x.Summary,
                [.. x.Values.Select(v => new ValueJson(v.Label, double.IsFinite(v.Value) ? v.Value : null, Unit(v.Unit)))]))]))]);

    public static string Verdict(Verdict verdict) => verdict switch
    {
        Estimation.Findings.Verdict.Agrees => "agrees",
        Estimation.Findings.Verdict.Disagrees => "disagrees",
        Estimation.Findings.Verdict.Inconclusive => "inconclusive",
        _ => "no claim",
    };

    private static string Unit(FindingUnit unit) => unit switch
    {
        FindingUnit.Are => "are",
        FindingUnit.Fraction => "fraction",
        FindingUnit.Points => "points",
        _ => "count",
    };

    private static string Value(FindingValue v) => $"{v.Label} " + (!double.IsFinite(v.Value) ? "—" : v.Unit switch
    {
        FindingUnit.Are => (100 * v.Value).ToString("F2", CultureInfo.InvariantCulture) + " %",
        FindingUnit.Points => v.Value.ToString("+0.00;-0.00", CultureInfo.InvariantCulture) + " pts",
        FindingUnit.Fraction => v.Value.ToString("0.0##", CultureInfo.InvariantCulture),
        _ => v.Value.ToString("0", CultureInfo.InvariantCulture),
    });

    internal sealed record FindingsJson(string Dataset, string Method, IReadOnlyList<FindingsFamilyJson> Families);

    internal sealed record FindingsFamilyJson(string Family, string Target, int ReferenceK, double ReferenceFraction, IReadOnlyList<FindingJson> Findings);

    internal sealed record FindingJson(string Topic, string Claim, string Verdict, string Summary, IReadOnlyList<ValueJson> Values);

    internal sealed record ValueJson(string Label, double? Value, string Unit);
}
