namespace ScalingLaws.Report.Sections;

/// <summary>The compute-optimal allocation N*, D*, D*/N* and L* per decade of compute, with bootstrap intervals.</summary>
internal sealed class ComputeOptimalSection() : AllocationSection("compute-optimal", "Compute-optimal allocation")
{
    protected override string WithoutLaw(string fitted) =>
        $"The compute-optimal allocation needs a Chinchilla law with positive A, B, α and β; this report fitted a {fitted} law.";

    protected override void Write(HtmlWriter html, ReportData data, ComputeOptimal law, BudgetRange range)
    {
        var budgets = range.Decades();
        var spreads = data.Spread?.ForFlops(budgets);
        Note(html,
            $"For a budget C = 6ND the law's optimum is N* = G·(C/6)^a and D* = (C/6)^b / G with a = {ReportFormat.Value(law.ParamsExponent)}, b = {ReportFormat.Value(law.TokensExponent)} and G = {ReportFormat.Value(law.G)} (Hoffmann et al., eq. 4). " +
            (spreads is null ? "Give --bootstrap 1000 for intervals of N*, D* and D*/N*. " : "The intervals of N*, D* and D*/N* are 95 % over the bootstrap laws: the parameters' uncertainty only. ") +
            (data.Predictive is { } p
                ? $"L* has the predictive 95 % interval: the law's own extrapolation error at the distance of (N*, D*) beyond the fitted runs, measured by backtests on this table ({PredictiveSource(p)})" +
                  ParameterShare(data)
                : spreads is null ? "" : "L*'s interval is over the bootstrap laws too (parameters only).") +
            " Budgets past the largest run are extrapolations; the last column says how far.");

        var table = new SortableTable(
            new("C (FLOPs)"), new("N*", Title: "Compute-optimal parameters"), Interval(), new("D*", Title: "Compute-optimal training tokens"), Interval(),
            new("D*/N*", Title: "Tokens per parameter"), Interval(), new("L* (nats)", Title: "Predicted loss"), LossInterval(data),
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
                new(ReportFormat.Value(a.Loss), a.Loss), data.Predictive is { } predictive ? Interval(PlannedLoss.Interval(a, predictive, s?.Loss, data.Fit.Law, data.Fit.Values)) : Interval(s?.Loss, ReportFormat.Value),
                new(beyond <= 1 ? "within data" : ReportFormat.Times(beyond), beyond));
        }
        table.Write(html);
    }

    private static SortableTable.Column Interval() => new("95 %", Title: "Over the bootstrap laws: the parameters' uncertainty only; sorts by the lower end");

    private static SortableTable.Column LossInterval(ReportData data) => data.Predictive is { } predictive
        ? new("predictive 95 %", Title: $"The law's own extrapolation error at this distance beyond the runs{LossShare(data.Spread is not null, predictive.Covariance is not null)}; sorts by the lower end")
        : Interval();

    private static string LossShare(bool resampled, bool curvature) =>
        resampled ? " plus the parameters' spread" : curvature ? " plus the parameters' spread from the fit's curvature" : "";

    private static SortableTable.Cell Interval(Prediction.PredictiveInterval interval) =>
        new(ReportFormat.Interval(interval.Lower, interval.Upper, ReportFormat.Value), interval.Lower, "ci");

    private static SortableTable.Cell Interval(Uncertainty.Uncertainty? spread, Func<double, string> format) =>
        spread is null ? new("") : new(ReportFormat.Interval(spread.Lower, spread.Upper, format), spread.Lower, "ci");
}
