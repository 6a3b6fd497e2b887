using ScalingLaws.IO;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;

namespace ScalingLaws.Report.Sections;

/// <summary>The fitted law: formula with values, parameters with intervals, derived exponents, statistics, correlations, warnings.</summary>
internal sealed class FitSection() : ReportSection("fit", "Fitted law")
{
    public override void Write(HtmlWriter html, ReportData data)
    {
        var fit = data.Fit;
        Formula(html, fit);
        Parameters(fit, data).Write(html);
        if (data.Bootstrap is null)
            Note(html, "No intervals: give --bootstrap 1000 for standard errors and 95 % intervals from resampling the rows.");

        var objective = fit.Objective == FitObjective.HuberLog
            ? $"sum of Huber(δ = {fit.Delta:G3}) of ln L − ln L̂ (Hoffmann et al.)"
            : "sum of (L − L̂)² on the raw loss";
        var facts = new FactList()
            .Add("Objective", $"{ReportFormat.Value(fit.ObjectiveValue)}: {objective}")
            .Add("Starts", $"{ReportFormat.Integer(fit.ConvergedStarts)} of {ReportFormat.Integer(fit.Starts)} converged; the best after {fit.Iterations} L-BFGS iterations")
            .Add("Rows fitted", ReportFormat.Integer(fit.Rows))
            .Add("Fit", $"RMSE {ReportFormat.Significant(fit.Metrics.Rmse, 3)} nats, R² {ReportFormat.R2(fit.Metrics.R2)}, mean relative error {ReportFormat.Percent(fit.Metrics.Mre, 2)}, largest {ReportFormat.Percent(fit.Metrics.MaxRe, 2)}");
        if (data.Bootstrap is { } bootstrap)
            facts.Add("Bootstrap", $"{ReportFormat.Integer(bootstrap.Converged)} of {ReportFormat.Integer(bootstrap.Resamples)} resamples converged (seed {bootstrap.Seed}); intervals are their 2.5th and 97.5th percentiles");
        facts.Write(html);

        Correlations(html, data);
        var warnings = fit.Diagnostics.Select(FitDiagnosticText.Describe).Concat(CollapsedFloor(data)).ToList();
        if (warnings.Count > 0)
        {
            using (html.Tag("ul", ("class", "warnings")))
            {
                foreach (var warning in warnings)
                    html.Element("li", warning);
            }
        }
    }

    // A fit whose E collapsed (UnseenFloor): its extrapolations may be too low; the intervals of L* allow for it as 'scaling optimal' does.
    private static IEnumerable<string> CollapsedFloor(ReportData data)
    {
        var fit = data.Fit;
        if (UnseenFloor.Collapsed(fit, data.Table))
            yield return $"E = {ReportFormat.Value(fit.Values[UnseenFloor.IndexOfE(fit.Law)])} is below {UnseenFloor.CollapsedShare * 100:0} % of the lowest loss the law reaches on these runs: " +
                "they have not shown where the loss levels off, so its predictions beyond them may be too low. The intervals of L* in the compute-optimal table " +
                "and the planner allow for it, as those of 'scaling predict' and 'scaling optimal' do: they reach up to the loss at the edge of the data.";
    }

    // L = 1.817 + 477.8/N^0.3473 + 2143/D^0.3672 for Chinchilla; the law's formula otherwise.
    private static void Formula(HtmlWriter html, FitResult fit)
    {
        using (html.Tag("p", ("class", "formula")))
        {
            if (fit.Law is not ChinchillaLaw)
            {
                html.Text(fit.Law.Formula);
                return;
            }
            string V(int j) => ReportFormat.Value(fit.Values[j]);
            html.Text($"L(N, D) = {V(ChinchillaLaw.E)} + {V(ChinchillaLaw.A)} / N");
            html.Element("sup", V(ChinchillaLaw.Alpha));
            html.Text($" + {V(ChinchillaLaw.B)} / D");
            html.Element("sup", V(ChinchillaLaw.Beta));
        }
    }

    private static SortableTable Parameters(FitResult fit, ReportData data)
    {
        var table = new SortableTable(
            new("Parameter", Numeric: false), new("Value"), new("SE", Title: "Bootstrap standard error"),
            new("95 % interval", Title: "2.5th–97.5th percentile over bootstrap resamples; sorts by its lower end"), new("Role", Numeric: false));
        for (var j = 0; j < fit.Law.ParameterCount; j++)
        {
            var free = fit.Roles[j] == ParameterRole.Free;
            var spread = free ? data.Bootstrap?.Parameter(j) : null;
            table.Add(fit.Law.Parameters[j].Name, Number(fit.Values[j]), Error(spread), Interval(spread), free ? "free" : fit.Roles[j].ToString().ToLowerInvariant());
        }
        foreach (var quantity in DerivedQuantities.For(fit.Law))
        {
            var spread = data.Bootstrap?.Derived(quantity.Compute);
            table.Add($"{quantity.Name} ({quantity.Description})", Number(quantity.Compute(fit.Values)), Error(spread), Interval(spread), "derived");
        }
        return table;
    }

    private static SortableTable.Cell Number(double value) => new(ReportFormat.Value(value), value);

    private static SortableTable.Cell Error(Uncertainty.Uncertainty? spread) =>
        spread is null ? new("") : new(ReportFormat.Significant(spread.StandardError, 3), spread.StandardError);

    private static SortableTable.Cell Interval(Uncertainty.Uncertainty? spread) =>
        spread is null ? new("") : new(ReportFormat.Interval(spread.Lower, spread.Upper, ReportFormat.Value), spread.Lower);

    // The bootstrap correlation of the natural parameters, or the curvature's of the free ones on the fitting scale.
    private static void Correlations(HtmlWriter html, ReportData data)
    {
        var fit = data.Fit;
        var (names, matrix, source) = data.Bootstrap is { } bootstrap
            ? (fit.Law.Parameters.Select(p => p.Name).ToArray(), bootstrap.Correlation(), "over the bootstrap resamples")
            : (fit.Law.Parameters.Where((_, j) => fit.Roles[j] == ParameterRole.Free).Select(p => p.InternalName).ToArray(), fit.Curvature.Correlation,
                "from the curvature of the objective at the optimum (fitting scale)");
        if (names.Length < 2)
            return;
        html.Element("h3", "Correlations");
        Note(html, $"Correlation of the parameters {source}. Near ±1, the data fixes only a combination of the two.");
        using (html.Tag("div", ("class", "table-wrap")))
        using (html.Tag("table", ("class", "matrix")))
        {
            using (html.Tag("thead"))
            using (html.Tag("tr"))
            {
                html.Element("th", "");
                foreach (var name in names)
                    html.Element("th", name, ("scope", "col"));
            }
            using (html.Tag("tbody"))
            {
                for (var i = 0; i < names.Length; i++)
                {
                    using (html.Tag("tr"))
                    {
                        html.Element("th", names[i], ("scope", "row"));
                        for (var j = 0; j < names.Length; j++)
                        {
                            var rho = matrix[i, j];
                            html.Element("td", double.IsFinite(rho) ? rho.ToString("+0.00;−0.00;0.00", System.Globalization.CultureInfo.InvariantCulture) : "–",
                                ("class", i == j ? "num diagonal" : $"num {Strength(rho)}"));
                        }
                    }
                }
            }
        }
    }

    private static string Strength(double rho) => Math.Abs(rho) switch
    {
        > 0.95 => "rho-strong",
        > 0.6 => "rho-mid",
        > 0.3 => "rho-weak",
        _ => "rho-none",
    };
}
