using ScalingLaws.Report.Html;

namespace ScalingLaws.Report.Sections;

/// <summary>The compute-optimal allocation N*, D*, D*/N* and L* per decade of compute, with bootstrap intervals.</summary>
public sealed class ComputeOptimalSection : IReportSection
{
    public string Id => "compute-optimal";

    public string Title => "Compute-optimal allocation";

    public void Write(HtmlWriter html, ReportData data)
    {
        if (data.Law is not { } law)
        {
            html.Element("p", $"The compute-optimal allocation needs a Chinchilla law with positive A, B, α and β; this report fitted a {data.Fit.Law.Name} law.", ("class", "note"));
            return;
        }
        var range = BudgetRange.Of(data);
        var budgets = range.Decades();
        var spreads = data.Spread?.ForFlops(budgets);
        html.Element("p",
            $"For a budget C = 6ND the law's optimum is N* = G·(C/6)^a and D* = (C/6)^b / G with a = {ReportFormat.Value(law.ParamsExponent)}, b = {ReportFormat.Value(law.TokensExponent)} and G = {ReportFormat.Value(law.G)} (Hoffmann et al., eq. 4). " +
            (spreads is null ? "Give --bootstrap 1000 for intervals." : "Intervals are 95 % over the bootstrap laws.") +
            " Budgets past the largest run are extrapolations; the last column says how far.",
            ("class", "note"));

        var table = new SortableTable(
            new("C (FLOPs)"), new("N*", Title: "Compute-optimal parameters"), Interval(), new("D*", Title: "Compute-optimal training tokens"), Interval(),
            new("D*/N*", Title: "Tokens per parameter"), Interval(), new("L* (nats)", Title: "Predicted loss"), Interval(),
            new("× largest run", Title: "The budget over the compute of the largest run in the data"));
        for (var i = 0; i < budgets.Length; i++)
        {
            var a = law.ForFlops(budgets[i]);
            var s = spreads?[i];
            var beyond = budgets[i] / range.LargestRun;
            table.Add(
                new(ReportFormat.Flops(a.Flops), a.Flops),
                new(ReportFormat.Count(a.Params), a.Params), Interval(s?.Params, ReportFormat.Count),
                new(ReportFormat.Count(a.Tokens), a.Tokens), Interval(s?.Tokens, ReportFormat.Count),
                new(ReportFormat.Ratio(a.TokensPerParam), a.TokensPerParam), Interval(s?.TokensPerParam, ReportFormat.Ratio),
                new(ReportFormat.Value(a.Loss), a.Loss), Interval(s?.Loss, ReportFormat.Value),
                new(beyond <= 1 ? "within data" : ReportFormat.Times(beyond), beyond));
        }
        table.Write(html);
    }

    private static SortableTable.Column Interval() => new("95 %", Title: "Over the bootstrap laws; sorts by the lower end");

    private static SortableTable.Cell Interval(Uncertainty.Uncertainty? spread, Func<double, string> format) =>
        spread is null ? new("") : new(ReportFormat.Interval(spread.Lower, spread.Upper, format), spread.Lower, "ci");
}
