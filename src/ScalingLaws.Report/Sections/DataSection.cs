namespace ScalingLaws.Report.Sections;

/// <summary>The data at a glance: what was read, its ranges, its families, and where the runs lie in (N, D).</summary>
internal sealed class DataSection() : ReportSection("data", "Data at a glance")
{
    private const int FamiliesNamed = 12;

    public override void Write(HtmlWriter html, ReportData data)
    {
        var table = data.Table;
        var rows = table.Rows;
        var families = rows.Select(r => r.Family ?? table.Source).Distinct().ToList();
        var models = rows.Select(r => r.Model).OfType<string>().Distinct().Count();
        var facts = new FactList()
            .Add("Source", data.Source)
            .Add("Rows", ReportFormat.Integer(rows.Length))
            .Add("Families", families.Count <= FamiliesNamed ? string.Join(", ", families) : $"{families.Count} ({string.Join(", ", families.Take(FamiliesNamed))}, …)");
        if (models > 0)
            facts.Add("Models", ReportFormat.Integer(models));
        facts.Add("Model sizes N", $"{ReportFormat.Integer(rows.Select(r => r.Params).Distinct().Count())} distinct, {Range(rows, r => r.Params, ReportFormat.Count)} parameters")
            .Add("Training tokens D", Range(rows, r => r.Tokens, ReportFormat.Count))
            .Add("Compute C", $"{Range(rows, r => r.Flops, ReportFormat.Flops)} FLOPs")
            .Add("Tokens per parameter", Range(rows, r => r.Tokens / r.Params, ReportFormat.Ratio))
            .Add("Loss", Range(rows, r => r.Loss, ReportFormat.Value))
            .Add("Training curves", data.CurveFamilies.Count == 0
                ? "none: each model size has one or two rows"
                : $"{string.Join(", ", data.CurveFamilies)} (several checkpoints per model size)");
        if (table.Extra.Count > 0)
            facts.Add("Other columns (not used)", string.Join(", ", table.Extra.Keys.Order(StringComparer.Ordinal)));
        facts.Write(html);

        if (table.Notes.Length > 0)
        {
            using (html.Tag("ul", ("class", "notes")))
            {
                foreach (var note in table.Notes)
                    html.Element("li", note);
            }
        }
        if (families.Count > 1)
            FamilyTable(table, families).Write(html);
        ReportFigure.Write(html, ScalingPlots.Runs(rows), "fig-runs",
            "Every row at its model size N and training tokens D (log-log). The dashed line is 20 tokens per parameter, the ratio Hoffmann et al. found compute-optimal.");
    }

    private static SortableTable FamilyTable(ObservationTable table, IReadOnlyList<string> families)
    {
        var result = new SortableTable(
            new("Family", Numeric: false), new("Rows"), new("Sizes"), new("N", false, "Smallest and largest model size"),
            new("D", false, "Fewest and most training tokens"), new("Loss", false, "Lowest and highest loss"));
        foreach (var family in families)
        {
            var rows = table.Rows.Where(r => (r.Family ?? table.Source) == family).ToArray();
            result.Add(family, new(ReportFormat.Integer(rows.Length), rows.Length), new(ReportFormat.Integer(rows.Select(r => r.Params).Distinct().Count()), rows.Select(r => r.Params).Distinct().Count()),
                Range(rows, r => r.Params, ReportFormat.Count), Range(rows, r => r.Tokens, ReportFormat.Count), Range(rows, r => r.Loss, ReportFormat.Value));
        }
        return result;
    }

    private static string Range(IEnumerable<Observation> rows, Func<Observation, double> value, Func<double, string> format)
    {
        var values = rows.Select(value).Where(double.IsFinite).ToArray();
        return values.Length == 0 ? "–" : $"{format(values.Min())} – {format(values.Max())}";
    }
}
