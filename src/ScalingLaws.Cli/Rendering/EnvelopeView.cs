using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The envelope (Approach 1) report: the runs used, one table row per stretch of compute won by
/// one run, then the exponents a and b. The JSON holds the envelope thinned to at most
/// <see cref="JsonPoints"/> points.
/// </summary>
internal static class EnvelopeView
{
    public const int JsonPoints = 50;

    public static void Write(IAnsiConsole console, ObservationTable table, EnvelopeResult result)
    {
        console.MarkupLine($"[bold]Training-curve envelope[/] (Chinchilla Approach 1) of {Numbers.Count(table.Count)} rows from {Markup.Escape(table.Source)}");
        foreach (var note in table.Notes.Append(Runs(result)))
            NoteLine.Write(console, note);
        console.WriteLine();
        console.Write(StretchTable(result.Points));
        console.MarkupLine(Markup.Escape($"N_opt ∝ C^a   a = {Numbers.Value(result.ParamsExponent)}"));
        console.MarkupLine(Markup.Escape($"D_opt ∝ C^b   b = {Numbers.Value(result.TokensExponent)}"));
        console.MarkupLine(Markup.Escape($"fitted on {Numbers.Count(result.Points.Count(p => p.Included))} of {Numbers.Count(result.Points.Count)} envelope points (those won by the smallest or largest size are left out: the optimum may lie beyond them)"));
    }

    public static EnvelopeJson Json(EnvelopeResult result) => new EnvelopeJson(
        result.ParamsExponent,
        result.TokensExponent,
        result.Points.Count,
        result.Runs,
        result.RunsLeftOut,
        [.. Thin(result.Points).Select(p => new PointJson(p.Flops, p.Params, p.Tokens, p.Loss, p.Excluded))]);

    private static string Runs(EnvelopeResult result) =>
        $"{Numbers.Count(result.Runs)} runs with training curves" +
        (result.RunsLeftOut > 0 ? $"; {Numbers.Count(result.RunsLeftOut)} left out (fewer than 2 checkpoints at different compute)" : "");

    // Consecutive envelope points won by the same run make one row.
    private static Table StretchTable(IReadOnlyList<EnvelopePoint> points)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("FLOPs C").RightAligned())
            .AddColumn(new TableColumn("N_opt").RightAligned())
            .AddColumn(new TableColumn("D").RightAligned())
            .AddColumn(new TableColumn("loss").RightAligned())
            .AddColumn("run")
            .AddColumn("note");
        for (var start = 0; start < points.Count;)
        {
            var end = start;
            while (end + 1 < points.Count && points[end + 1].Params == points[start].Params && points[end + 1].Run == points[start].Run)
                end++;
            var (first, last) = (points[start], points[end]);
            table.AddRow(
                new Text($"{Quantity.FormatScientific(first.Flops)}–{Quantity.FormatScientific(last.Flops)}"),
                new Text(Quantity.Format(first.Params)),
                new Text($"{Quantity.Format(first.Tokens)}–{Quantity.Format(last.Tokens)}"),
                new Text($"{Numbers.Value(first.Loss)}–{Numbers.Value(last.Loss)}"),
                new Text(first.Run ?? ""),
                new Text(first.Excluded is null ? "" : $"left out: {first.Excluded}"));
            start = end + 1;
        }
        return table;
    }

    // Evenly spaced in index, so in ln C; always keeps the first and last point.
    private static IEnumerable<EnvelopePoint> Thin(IReadOnlyList<EnvelopePoint> points)
    {
        if (points.Count <= JsonPoints)
            return points;
        return Enumerable.Range(0, JsonPoints).Select(k => points[(int)Math.Round(k * (points.Count - 1.0) / (JsonPoints - 1))]);
    }

    internal sealed record EnvelopeJson(double A, double B, int Points, int Runs, int RunsLeftOut, IReadOnlyList<PointJson> Budgets);

    [OmitNulls]
    internal sealed record PointJson(
        double Flops, double Params, double Tokens, double Loss,
        string? Excluded);
}
