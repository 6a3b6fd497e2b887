namespace ScalingLaws.Report.Sections;

/// <summary>
/// A section on the compute-optimal allocation of the report's Chinchilla law over its budgets (the table and the
/// planner): without such a law it says only why it is empty.
/// </summary>
internal abstract class AllocationSection(string id, string title) : ReportSection(id, title)
{
    public sealed override void Write(HtmlWriter html, ReportData data)
    {
        if (data.Law is { } law)
            Write(html, data, law, BudgetRange.Of(data));
        else
            Note(html, WithoutLaw(data.Fit.Law.Name));
    }

    /// <summary>The section for <paramref name="law"/> over the report's <paramref name="range"/> of budgets.</summary>
    protected abstract void Write(HtmlWriter html, ReportData data, ComputeOptimal law, BudgetRange range);

    /// <summary>Why the section is empty when the report fitted <paramref name="fitted"/>, another law.</summary>
    protected abstract string WithoutLaw(string fitted);

    /// <summary>
    /// What the predictive interval of L* adds to the law's own error, ending the sentence that names that error: the parameters'
    /// spread over the bootstrap laws, else by the delta method from the fit's covariance (as <c>optimal</c> takes it from a law
    /// file), else nothing (a fixed or tied parameter, or one the curvature leaves undetermined, gives no covariance).
    /// </summary>
    protected static string ParameterShare(ReportData data) =>
        data.Spread is not null ? ", plus the parameters' spread."
        : data.Predictive?.Covariance is not null ? ", plus the parameters' spread by the delta method from the fit's curvature (--bootstrap reads it off bootstrap laws instead)."
        : "; without bootstrap laws it leaves out the parameters' spread.";

    /// <summary>Where the error models of the predictive interval came from, in a few words.</summary>
    protected static string PredictiveSource(Prediction.PredictiveModel predictive) =>
        (predictive.Errors.Source == Prediction.ErrorModelSource.Backtest
            ? $"{ReportFormat.Integer(predictive.Errors.CutPoints)} cut points by model size"
            : "too few sizes to cut, so the prior measured across the Hitchhiker families")
        + (predictive.CostlierErrors is { } costlier
            ? $"; beyond the compute of every run, {ReportFormat.Integer(costlier.CutPoints)} cut points by compute"
            : "");
}
