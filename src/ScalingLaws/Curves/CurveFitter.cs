using ScalingLaws.Optimization;

namespace ScalingLaws.Curves;

/// <summary>
/// Fits a <see cref="CurveLaw"/> to one or more loss curves at once on the engine (<see cref="ModelFitter"/>): L-BFGS
/// with the analytic gradient from each of the law's starts in parallel, the best start polished to tight tolerances,
/// with the options' fixed, tied and bounded parameters. The Multi-Power Law's published procedure (an early-stopped
/// AdamW run, status <see cref="FitStatus.StoppedEarly"/>) is kept as its own procedure and takes no constraints.
/// </summary>
/// <example><code>
/// var fit = new CurveFitter(MultiPowerLaw.Instance).Fit([cosine, constant, wsdcon]);
/// var predicted = fit.Predict(wsd);
/// </code></example>
public sealed class CurveFitter(CurveLaw law, CurveFitOptions? options = null)
{
    /// <summary>The law to fit.</summary>
    public CurveLaw Law { get; } = law;

    /// <summary>How to fit it.</summary>
    public CurveFitOptions Options { get; } = options ?? CurveFitOptions.Default;

    /// <summary>Fits the law to <paramref name="curves"/> together (shared parameters).</summary>
    public CurveFit Fit(IReadOnlyList<LossCurve> curves, CancellationToken cancellation = default)
    {
        var layout = ParameterLayout.Create(Law.Parameters, Options.Constraints, Law.Name); // a misnamed parameter fails before any work
        Check(curves);
        if (Options.Procedure != CurveFitProcedure.Published || Law is not MultiPowerLaw multiPower)
            return FitToMinimum(curves, layout, cancellation);
        if (layout.FreeCount != Law.ParameterCount || !layout.Unbounded)
            throw new ScalingLawsException(
                $"{Setting.Fix}, {Setting.Tie} and {Setting.Bound} apply to a fit to the minimum; the {Law.Name} law's published procedure runs its authors' fixed steps on every parameter. Add {Setting.Procedure} minimum.");
        return FitAsPublished(multiPower, curves, cancellation);
    }

    private CurveFit FitAsPublished(MultiPowerLaw law, IReadOnlyList<LossCurve> curves, CancellationToken cancellation)
    {
        var outcome = MultiPowerPublishedFit.Run(law, curves, Options, cancellation);
        var stop = outcome.Result.Exit switch
        {
            ExitCondition.Patience => "patience",
            ExitCondition.Gradient => "small gradient",
            ExitCondition.MaxIterations => "step limit",
            ExitCondition.NonFinite => "left the law's domain",
            var other => other.ToString(),
        };
        var values = Law.ToNatural(outcome.Theta);
        // An early stop by design: there is no minimum whose curvature could give standard errors.
        return Summarize(curves, values, outcome.Result.Value, outcome.Starts, outcome.ConvergedStarts) with
        {
            Procedure = CurveFitProcedure.Published,
            Method = $"published: 4-parameter initialisation from {outcome.Starts} starts, then {QuantityFormat.Counted(outcome.Result.Iterations, "AdamW step")} (stop: {stop})",
            Status = FitStatus.StoppedEarly,
            Estimates = [.. Law.Parameters.Select((p, j) => new ParameterEstimate(p.Name, values[j], double.NaN, ParameterRole.Free, BoundHit.None))],
            Diagnostics = outcome.Result.Exit == ExitCondition.NonFinite ? [new PublishedProcedureLeftDomain(outcome.Result.Iterations)] : [],
        };
    }

    private CurveFit FitToMinimum(IReadOnlyList<LossCurve> curves, ParameterLayout layout, CancellationToken cancellation)
    {
        var features = curves.Select(Law.Prepare).ToArray();
        var model = new CurveModel(Law, curves, features);
        var engine = new ModelFitter(Options.ForEngine());
        var starts = StartGrid.Of(layout, [.. Law.Starts(curves)]);
        var fit = engine.Fit(model, layout, starts, cancellation);
        if (fit.Status == FitStatus.NoStartConverged)
            throw new ScalingLawsException(
                $"the {Law.Name} fit converged from none of {fit.Starts} starts; the runs may not follow this law, or give it more points.");
        return Summarize(curves, [.. fit.Values], fit.ObjectiveValue, fit.Starts, fit.ConvergedStarts) with
        {
            Status = fit.Status,
            Estimates = fit.Parameters,
            Curvature = fit.Curvature,
            Diagnostics = [.. fit.Diagnostics, .. Rising(fit.Values)],
        };
    }

    // Every curve law decays as a power of the step or of the learning rate's area with exponent alpha; below 0 it rises.
    private IEnumerable<FitDiagnostic> Rising(IReadOnlyList<double> values) =>
        Law.IndexOf(DecayExponent) is var j and >= 0 && values[j] < 0 ? [new LossRisesWithTraining(Law.Parameters[j].Name, values[j])] : [];

    private const string DecayExponent = "alpha";

    private void Check(IReadOnlyList<LossCurve> curves)
    {
        if (curves.Count == 0 || curves.All(c => c.Count == 0))
            throw new ScalingLawsException($"no points to fit the {Law.Name} law to; give runs with logged losses.");
        var points = curves.Sum(c => c.Count);
        var sources = string.Join(", ", curves.Select(c => c.Source).Distinct());
        if (points < Law.ParameterCount)
            throw new ScalingLawsException(
                $"{sources}: {QuantityFormat.Counted(points, "fitted point")} cannot determine the {Law.ParameterCount} parameters of the {Law.Name} law; fit on more points (a larger {Setting.FitFraction}, or more runs).");
        // A flat curve is fitted exactly by any law whose decay vanishes (as a table's constant loss): every value found would be arbitrary.
        if (points > 1 && curves.SelectMany(c => c.Loss).Distinct().Count() == 1)
            throw new ScalingLawsException(
                $"{sources}: every fitted point has the same loss ({curves.First(c => c.Count > 0).Loss[0]:G6}), so there is no decay for the {Law.Name} law to fit; check that the column holds the training loss at each step.");
        if (!(Options.Delta > 0) || !double.IsFinite(Options.Delta))
            throw new ScalingLawsException($"the Huber threshold δ = {Options.Delta} must be a positive number (default 1e-3).");
    }

    private CurveFit Summarize(IReadOnlyList<LossCurve> curves, double[] values, double objective, int starts, int converged)
    {
        var observed = curves.SelectMany(c => c.Loss).ToArray();
        var predicted = curves.SelectMany(c => Law.Predict(values, c)).ToArray();
        return new CurveFit
        {
            Law = Law,
            Values = [.. values],
            ObjectiveValue = objective,
            Delta = Options.Delta,
            Starts = starts,
            ConvergedStarts = converged,
            Method = $"minimum: L-BFGS from {starts} starts, the best polished",
            Runs = [.. curves.Select(c => (c.Name, c.Count))],
            Metrics = FitMetrics.Compute(observed, predicted),
            Status = FitStatus.Converged,
            Estimates = [],
            Diagnostics = [],
        };
    }
}
