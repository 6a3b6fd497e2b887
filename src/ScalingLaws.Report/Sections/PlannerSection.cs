using System.Text.Json;

namespace ScalingLaws.Report.Sections;

/// <summary>
/// The interactive planner: a compute budget on a log slider, or a target loss, gives N*, D*, tokens
/// per parameter and the loss, each with its 95 % interval. report.js recomputes them in the page from
/// the fitted law and every bootstrap law, embedded as numbers: a thousand closed-form allocations take
/// well under a millisecond, so the interval is exact at any budget (no grid to interpolate) and
/// matches the compute-optimal table to the digit, for about 100 KB of page.
/// </summary>
internal sealed class PlannerSection() : AllocationSection("planner", "Planner")
{
    protected override string WithoutLaw(string fitted) =>
        $"The planner needs a Chinchilla law with positive A, B, α and β (L = E + A/N^α + B/D^β); this report fitted a {fitted} law. Give --law chinchilla.";

    protected override void Write(HtmlWriter html, ReportData data, ComputeOptimal law, BudgetRange range)
    {
        var budget = Math.Pow(10, range.StartDecade);
        var point = law.ForFlops(budget);
        var spread = data.Spread?.ForFlops(budget);

        Note(html, "Move the slider to choose a compute budget, or type the loss you want to reach. The numbers follow the fitted law; "
            + (data.Spread is { } s ? $"the intervals of N*, D* and D*/N* are the 2.5th–97.5th percentiles over {ReportFormat.Integer(s.Resamples)} bootstrap laws (the parameters' uncertainty only). " : "give --bootstrap 1000 for intervals of N*, D* and D*/N*. ")
            + (data.Predictive is { } p
                ? $"The loss has the predictive 95 % interval: the law's own extrapolation error, which grows with the distance of (N*, D*) beyond the fitted runs (measured by backtests on this table, {PredictiveSource(p)})" +
                  ParameterShare(data)
                : "")
            + (data.Cost is { } c ? " " + CostNote(c) : ""));
        using (html.Tag("div", ("class", "planner"), ("id", "plan")))
        {
            using (html.Tag("div", ("class", "controls")))
            {
                using (html.Tag("label", ("for", "plan-budget")))
                    html.Text("Compute budget C (FLOPs)");
                html.Void("input", ("type", "range"), ("id", "plan-budget"), ("min", $"{range.FirstDecade - 1}"), ("max", $"{range.LastDecade + 1}"),
                    ("step", "0.01"), ("value", ReportFormat.Key(range.StartDecade)), ("aria-describedby", "plan-budget-out"));
                html.Element("output", $"{ReportFormat.Flops(budget)} FLOPs", ("id", "plan-budget-out"), ("for", "plan-budget"));
                using (html.Tag("label", ("for", "plan-target")))
                    html.Text("or a target loss (nats)");
                html.Void("input", ("type", "number"), ("id", "plan-target"), ("step", "0.01"), ("min", ReportFormat.Key(law.E)),
                    ("placeholder", $"e.g. {ReportFormat.Significant(point.Loss, 3)}"));
            }
            using (html.Tag("div", ("class", "readout")))
            {
                Readout(html, "flops", "Compute C", $"{ReportFormat.Flops(budget)} FLOPs", budget, null);
                Readout(html, "params", "Model size N*", $"{ReportFormat.Count(point.Params)} params", point.Params, spread?.Params, ReportFormat.Count);
                Readout(html, "tokens", "Training tokens D*", $"{ReportFormat.Count(point.Tokens)} tokens", point.Tokens, spread?.Tokens, ReportFormat.Count);
                Readout(html, "ratio", "Tokens per parameter", ReportFormat.Ratio(point.TokensPerParam), point.TokensPerParam, spread?.TokensPerParam, ReportFormat.Ratio);
                Readout(html, "loss", data.Predictive is null ? "Predicted loss L*" : "Predicted loss L* (predictive 95 %)", $"{ReportFormat.Value(point.Loss)} nats", point.Loss,
                    data.Predictive is { } predictive ? Uncertainty(PlannedLoss.Interval(point, predictive, spread?.Loss, data.Fit.Law, data.Fit.Values)) : spread?.Loss, ReportFormat.Value);
                if (data.Cost is { } cost)
                    CostReadouts(html, cost, budget);
            }
            html.Element("p", Extrapolation(budget, range.LargestRun), ("id", "plan-status"), ("class", "note"), ("aria-live", "polite"));
        }
        using (html.Tag("script", ("type", "application/json"), ("id", "planner-data")))
            html.Trusted(Json(data, law, range));
    }

    /// <summary>What the cost readouts assume, checkable by hand: GPU-hours = C / (peak · MFU) / 3600.</summary>
    private static string CostNote(CostSettings cost) =>
        $"The cost is on {cost.Gpu.Name} ({ReportFormat.Flops(cost.Gpu.PeakFlops)} FLOP/s dense BF16, {cost.Gpu.Source}) at MFU {ReportFormat.Significant(cost.Mfu, 3)}: "
        + "GPU-hours = C / (peak · MFU) / 3600"
        + (cost.Gpus is { } g ? $", days = GPU-hours / {ReportFormat.Integer(g)} GPUs / 24" : "")
        + (cost.Price is { } p ? $", dollars = GPU-hours × ${ReportFormat.Significant(p, 4)}" : "")
        + "; for a target loss their intervals follow the compute's.";

    // GPU-hours always; days and dollars when the GPU count and the price are given. report.js recomputes them from C.
    private static void CostReadouts(HtmlWriter html, CostSettings cost, double budget)
    {
        var at = cost.Of(budget);
        Readout(html, "gpuHours", "GPU-hours", $"{ReportFormat.Count(at.GpuHours)} GPU-hours", at.GpuHours, null);
        if (at.Days is { } days)
            Readout(html, "days", $"Wall-clock days on {ReportFormat.Integer(cost.Gpus!.Value)} GPUs", $"{ReportFormat.Ratio(days)} days", days, null);
        if (at.Dollars is { } dollars)
            Readout(html, "dollars", "Cost in dollars", $"${ReportFormat.Count(dollars)}", dollars, null);
    }

    // The readout shows any interval as an Uncertainty; only its ends are used.
    private static Uncertainty.Uncertainty Uncertainty(Prediction.PredictiveInterval interval) => new(double.NaN, double.NaN, interval.Lower, interval.Upper);

    /// <summary>How far a budget lies past the largest run; report.js writes the same sentence.</summary>
    internal static string Extrapolation(double budget, double largestRun) =>
        !double.IsFinite(largestRun) ? ""
        : budget <= largestRun ? "This budget is within the compute of the runs in the data."
        : $"This budget is {ReportFormat.Significant(budget / largestRun, 3)}× the compute of the largest run in the data: an extrapolation.";

    private static void Readout(HtmlWriter html, string id, string label, string text, double value, Uncertainty.Uncertainty? spread, Func<double, string>? format = null)
    {
        using (html.Tag("div", ("class", "quantity")))
        {
            html.Element("span", label, ("class", "label"));
            html.Element("span", text, ("class", "value"), ("id", $"plan-{id}"), ("data-value", ReportFormat.Key(value)));
            html.Element("span", spread is null || format is null ? "" : ReportFormat.Interval(spread.Lower, spread.Upper, format), ("class", "interval"), ("id", $"plan-{id}-ci"),
                ("data-low", spread is null ? null : ReportFormat.Key(spread.Lower)), ("data-high", spread is null ? null : ReportFormat.Key(spread.Upper)));
        }
    }

    // Numbers only: nothing from the data can reach the script. The serializer escapes '<' besides.
    // predictive: what report.js needs to compute PlannedLoss at any budget (ranges of N and D, in that order, and of C = 6ND).
    private static string Json(ReportData data, ComputeOptimal law, BudgetRange range) => JsonSerializer.Serialize(new PlannerData(
        Values(law),
        data.Spread?.Laws.Select(Values).ToArray() ?? [],
        double.IsFinite(range.LargestRun) ? range.LargestRun : null,
        data.Predictive is { } predictive ? Errors(predictive, data.Fit, data.Spread is null ? predictive.Covariance : null) : null,
        data.Cost is { } cost ? new PlannerData.Costs(cost.FlopsPerGpuHour, cost.Gpus, cost.Price) : null), ReportJsonContext.Default.PlannerData);

    // covariance: what the script takes the parameters' share from when there are no draws (row by row; a 2-D array enumerates so).
    private static PlannerData.Errors Errors(Prediction.PredictiveModel predictive, FitResult fit, double[,]? covariance) => new(
        Model(predictive.Errors),
        predictive.CostlierErrors is { } costlier ? Model(costlier) : null,
        [.. predictive.Ranges.Inputs.Select(r => new[] { r.Min, r.Max })],
        predictive.Ranges.Compute is { } compute ? [compute.Min, compute.Max] : null,
        Prediction.UnseenFloor.Collapsed(fit.Law, fit.Values, predictive.Ranges),
        Prediction.InputFactor.MinimumSpan,
        Prediction.ExtrapolationErrorModel.NormalMultiplier,
        covariance is null ? null : [.. covariance.Cast<double>()]);

    private static PlannerData.Model Model(Prediction.ExtrapolationErrorModel errors) => new(errors.Sigma0, errors.Slope, errors.Multiplier);

    private static double[] Values(ComputeOptimal law) => [law.E, law.A, law.B, law.Alpha, law.Beta];
}
