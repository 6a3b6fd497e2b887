using System.Collections.Immutable;
using ScalingLaws.Fitting;
using ScalingLaws.Optimization;

namespace ScalingLaws.Curves;

/// <summary>
/// Fits a <see cref="CurveLaw"/> to one or more loss curves at once: L-BFGS with the analytic gradient from each of
/// the law's starts in parallel, the best converged start polished to tight tolerances.
/// </summary>
/// <example><code>
/// var fit = new CurveFitter(MultiPowerLaw.Instance).Fit([cosine, constant, wsdcon]);
/// var predicted = fit.Predict(wsd);
/// </code></example>
public sealed class CurveFitter(CurveLaw law, CurveFitOptions? options = null)
{
    public CurveLaw Law { get; } = law;

    public CurveFitOptions Options { get; } = options ?? CurveFitOptions.Default;

    public CurveFit Fit(IReadOnlyList<LossCurve> curves, CancellationToken cancellation = default)
    {
        Check(curves);
        return Options.Procedure == CurveFitProcedure.Published && Law is MultiPowerLaw multiPower
            ? FitAsPublished(multiPower, curves, cancellation)
            : FitToMinimum(curves, cancellation);
    }

    private CurveFit FitAsPublished(MultiPowerLaw law, IReadOnlyList<LossCurve> curves, CancellationToken cancellation)
    {
        var outcome = MultiPowerPublishedFit.Run(law, curves, Options, cancellation);
        // An early stop by design: there is no minimum whose curvature could be judged.
        var fit = Summarize(curves, outcome.Theta, outcome.Result.Value, outcome.Starts, outcome.ConvergedStarts, curvature: null);
        var stop = outcome.Result.Exit switch
        {
            ExitCondition.Patience => "patience",
            ExitCondition.Gradient => "small gradient",
            ExitCondition.MaxIterations => "step limit",
            ExitCondition.NonFinite => "left the law's domain",
            var other => other.ToString(),
        };
        fit = fit with
        {
            Procedure = CurveFitProcedure.Published,
            Method = $"published: 4-parameter initialisation from {outcome.Starts} starts, then {Steps(outcome.Result.Iterations)} (stop: {stop})",
        };
        return outcome.Result.Exit != ExitCondition.NonFinite ? fit : fit with
        {
            Warnings = fit.Warnings.Insert(0, $"after {Steps(outcome.Result.Iterations)} the published procedure took a parameter out of the law's domain (a value ≤ 0) and stopped; " +
                "its fixed learning rates suit runs like the repository's (losses near 3 nats, peak rate near 3e-4). Fit to the minimum instead (the minimum procedure)."),
        };
    }

    private static string Steps(int count) => $"{count} AdamW step{(count == 1 ? "" : "s")}";

    private CurveFit FitToMinimum(IReadOnlyList<LossCurve> curves, CancellationToken cancellation)
    {
        var features = curves.Select(Law.Prepare).ToArray();
        var starts = Law.Starts(curves).Select(s => Law.ToInternal(s)).ToArray();
        var outcomes = Search(features, curves, starts, Options.SearchOptimizer, cancellation);
        var converged = outcomes.Count(o => o.Converged);
        // A start that ran out of iterations in a flat valley is still a candidate: the polish gets many more.
        var best = outcomes.Where(o => o.Converged && double.IsFinite(o.Result.Value)).MinBy(o => o.Result.Value)
            ?? outcomes.Where(o => o.Result.Exit == ExitCondition.MaxIterations && double.IsFinite(o.Result.Value)).MinBy(o => o.Result.Value)
            ?? throw new ScalingLawsException(
                $"the {Law.Name} fit converged from none of {starts.Length} starts ({Exits(outcomes)}); the runs may not follow this law, or give it more points.");
        var polished = Search(features, curves, [best.Theta], Options.Optimizer, cancellation)[0];
        if (polished.Result.Value <= best.Result.Value && (polished.Converged || !best.Converged))
            best = polished;
        var curvature = FitCurvature.At(new CurveObjective(Law, features, curves, Options.Delta), best.Theta);
        var fit = Summarize(curves, best.Theta, best.Result.Value, starts.Length, converged, curvature);
        return best.Converged
            ? fit
            : fit with { Warnings = fit.Warnings.Insert(0, $"the fit did not converge ({Exits([best])}, gradient {best.Result.GradientNorm:G2}): the parameters are not a minimum; treat the predictions with care.") };
    }

    private void Check(IReadOnlyList<LossCurve> curves)
    {
        if (curves.Count == 0 || curves.All(c => c.Count == 0))
            throw new ScalingLawsException($"no points to fit the {Law.Name} law to; give runs with logged losses.");
        var points = curves.Sum(c => c.Count);
        if (points < Law.ParameterCount)
            throw new ScalingLawsException(
                $"{points} fitted point{(points == 1 ? "" : "s")} cannot determine the {Law.ParameterCount} parameters of the {Law.Name} law; fit on more points (a larger {Setting.FitFraction}, or more runs).");
        if (!(Options.Delta > 0) || !double.IsFinite(Options.Delta))
            throw new ScalingLawsException($"the Huber threshold δ = {Options.Delta} must be a positive number (default 1e-3).");
    }

    private record Outcome(double[] Theta, MinimizationResult Result, bool Converged);

    private Outcome[] Search(CurveFeatures[] features, IReadOnlyList<LossCurve> curves, IReadOnlyList<double[]> thetas, LbfgsSettings settings, CancellationToken cancellation)
    {
        var optimizer = new Lbfgs(settings);
        var outcomes = new Outcome[thetas.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = cancellation };
        Parallel.For(
            0, thetas.Count, parallel,
            () => (Objective: new CurveObjective(Law, features, curves, Options.Delta), Workspace: optimizer.CreateWorkspace(Law.ParameterCount)),
            (i, _, local) =>
            {
                var solution = new double[Law.ParameterCount];
                var result = optimizer.Minimize(local.Objective, thetas[i], solution, local.Workspace);
                outcomes[i] = new Outcome(solution, result, result.Converged(settings.LooseGradientTolerance));
                return local;
            },
            _ => { });
        return outcomes;
    }

    private static string Exits(IEnumerable<Outcome> outcomes) =>
        string.Join(", ", outcomes.GroupBy(o => o.Result.Exit).Select(g => $"{g.Count()} {g.Key switch
        {
            ExitCondition.MaxIterations => "hit the iteration limit",
            ExitCondition.LineSearchFailed => "stalled",
            ExitCondition.NonFinite => "started at a non-finite value",
            var other => other.ToString(),
        }}"));

    private CurveFit Summarize(IReadOnlyList<LossCurve> curves, double[] theta, double objective, int starts, int converged, FitCurvature? curvature)
    {
        var values = Law.ToNatural(theta);
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
            Warnings = [.. Warnings(observed.Length, curvature)],
        };
    }

    /// <param name="curvature">At a minimum, the curvature there; null for an early stop, which has no minimum to judge.</param>
    private IEnumerable<string> Warnings(int points, FitCurvature? curvature)
    {
        if (points == Law.ParameterCount)
            yield return $"{points} points for {points} parameters: the law passes through every point, so nothing checks it; predictions from it are unconstrained. Fit on more points.";
        if (curvature is null)
            yield break;
        if (!curvature.PositiveDefinite)
            yield return "the curvature at the optimum is not positive definite: some parameters are not determined by these points.";
        else if (curvature.ConditionNumber > 1e10)
            yield return $"the curvature at the optimum is near-singular (condition number {curvature.ConditionNumber:G2}): the points pin down only some combination of parameters.";
    }
}
