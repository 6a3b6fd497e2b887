namespace ScalingLaws.Report.Sections;

/// <summary>
/// The frontier three ways: IsoFLOP profiles (Approach 2, from the runs alone), IsoLoss contours of
/// the fitted law with its efficient frontier, and observed loss against compute with L*(C).
/// </summary>
internal sealed class FrontierSection() : ReportSection("frontier", "IsoFLOP profiles and the frontier")
{
    private const int MaxLegendBudgets = 9;

    public override void Write(HtmlWriter html, ReportData data)
    {
        html.Element("h3", "IsoFLOP profiles (Approach 2)");
        if (data.IsoFlop is { } isoflop)
        {
            Note(html,
                $"Per compute budget, a parabola in ln N through the runs; its minimum is that budget's optimal size. Across the budgets N_opt ∝ C^{ReportFormat.Value(isoflop.ParamsExponent)} and D_opt ∝ C^{ReportFormat.Value(isoflop.TokensExponent)}." +
                (isoflop.Design is { } design ? $" Budgets: {design.Description}." : "") + Comparison(data.Exponents));
            if (data.Exponents?.Warning is { } warning)
            {
                using (html.Tag("ul", ("class", "warnings")))
                    html.Element("li", warning);
            }
            using (html.Tag("div", ("class", "figures")))
                IsoFlopFigure(html, isoflop);
            var table = new SortableTable(new("C (FLOPs)"), new("Runs"), new("N_opt"), new("D_opt"), new("L_opt (nats)"), new("Used", Numeric: false));
            foreach (var budget in isoflop.Budgets)
            {
                table.Add(new(ReportFormat.Flops(budget.Flops), budget.Flops), new(ReportFormat.Integer(budget.Runs.Count), budget.Runs.Count),
                    new(ReportFormat.Count(budget.Params), budget.Params), new(ReportFormat.Count(budget.Tokens), budget.Tokens),
                    new(ReportFormat.Value(budget.Loss), budget.Loss), budget.Excluded is null ? "yes" : $"no: {budget.Excluded}");
            }
            table.Write(html);
        }
        else
        {
            Note(html, $"No IsoFLOP profiles: {data.IsoFlopNote}");
        }

        if (data.Law is not { } law)
            return;
        html.Element("h3", "IsoLoss contours and the efficient frontier");
        using (html.Tag("div", ("class", "figures")))
        {
            ReportFigure.Write(html, ScalingPlots.IsoLossContours(law, runs: data.Table.Rows), "fig-isoloss",
                "Contours of equal loss over (N, D) from the fitted law. The thick red line is the efficient frontier: the cheapest (N, D) for each loss, where the dashed line of a budget touches a contour. Circles are the runs.");
            ReportFigure.Write(html, ScalingPlots.LossVsCompute(data.Table.Rows, law, spread: data.Spread), "fig-frontier",
                "Observed loss against compute, with the law's compute-optimal loss L*(C)" +
                (data.Spread is { Resamples: > 1 } s ? $" and its 95% band over {s.Resamples} bootstrap resamples" : "") + ": no run should lie far below it.");
        }
    }

    // The budgets used (the table lists the others and why); with many, a legend would hide the data, so colour alone tells them apart.
    private static void IsoFlopFigure(HtmlWriter html, IsoFlopResult isoflop)
    {
        var used = isoflop.Budgets.Where(b => b.Included).Select(IsoFlopProfilePlotData.From).ToList();
        var plot = ScalingPlots.IsoFlopProfiles(used);
        var crowded = used.Count > MaxLegendBudgets;
        if (crowded)
            plot.Legend.IsVisible = false;
        var left = isoflop.Budgets.Count - used.Count;
        ReportFigure.Write(html, plot, "fig-isoflop",
            $"Loss against model size at each of the {used.Count} budgets used, with the fitted parabola in ln N and its minimum (diamond)" +
            (crowded ? "; colours run from dark (smallest budget) to light (largest)" : "") +
            (left > 0 ? $". The {left} budgets left out are in the table below, with the reason." : "."));
    }

    // Approach 2's a and the fitted law's, each with its 95% interval and where that interval comes from.
    private static string Comparison(ExponentComparison? exponents) => exponents is null
        ? ""
        : $" Approach 2 gives a = {Estimate(exponents.Approach2)}; the fitted law (Approach 3) gives a = {Estimate(exponents.Approach3)}.";

    private static string Estimate(ExponentEstimate estimate) => estimate.HasInterval
        ? $"{ReportFormat.Value(estimate.Value)} (95 % {ReportFormat.Interval(estimate.Lower, estimate.Upper, ReportFormat.Value)}, {estimate.IntervalSource})"
        : ReportFormat.Value(estimate.Value);
}
