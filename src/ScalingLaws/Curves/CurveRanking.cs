using ScalingLaws.Simulation;

namespace ScalingLaws.Curves;

/// <summary>
/// Choosing among candidate runs early: each run's law is fitted to its points so far and forecasts the loss at the run's
/// planned last step, with its predictive 95% interval; the probability that each run ends lowest is drawn by Monte Carlo,
/// each forecast's ln L taken as an independent normal with σ = the interval's half-width on ln L / 1.96.
/// </summary>
public static class CurveRanking
{
    /// <summary>Monte Carlo draws of the final losses: the probabilities are then good to about ±0.005.</summary>
    public const int Draws = 10_000;

    /// <summary>The half-width of a 95% normal interval in standard deviations.</summary>
    private const double Z95 = 1.96;

    /// <summary>
    /// Ranks <paramref name="curves"/> (at least two). With <paramref name="fraction"/>, each run is cut at that share of its
    /// own last logged step and its last logged point is forecast and scored (a backtest); otherwise every point is fitted
    /// and the loss at each run's <paramref name="plannedSteps"/> (one per run) is forecast. <paramref name="pooled"/> fits one law to every run's
    /// fitted points together (a schedule-aware law's parameters shared by runs of one model under different schedules);
    /// otherwise each run gets its own fit.
    /// </summary>
    public static CurveRankingResult Rank(
        CurveLaw law, IReadOnlyList<LossCurve> curves, double? fraction, IReadOnlyList<int>? plannedSteps, bool pooled, int seed,
        CurveFitOptions? options = null, CurveBacktestSettings? intervals = null, CancellationToken cancellation = default)
    {
        if (curves.Count < 2)
            throw new ScalingLawsException($"ranking needs at least two runs to choose among; {(curves.Count == 1 ? $"only run {curves[0].Name} was read" : "none was read")}.");
        var tasks = fraction is { } share ? [.. new FractionProtocol(share).Tasks(curves).Select(Final)] : curves.Select((c, i) => Planned(c, plannedSteps?[i], law.NeedsSchedule)).ToList();
        var predicted = pooled
            ? Predictions(law, new CurveTask("pooled", [.. tasks.Select(t => t.Fit[0])], [.. tasks.Select(t => t.Targets[0])]), options, intervals, cancellation)
            : [.. tasks.SelectMany(t => Predictions(law, t, options, intervals, cancellation))];
        var forecasts = tasks.Select((t, i) => Forecast(t, predicted[i], fraction is not null)).ToList();
        var best = ProbabilityBest(forecasts, seed);
        return new CurveRankingResult([.. forecasts.Select((f, i) => f with { ProbabilityBest = best?[i] })], seed, Draws);
    }

    // A backtest task: the fitted part, and only the run's last logged point as the target.
    private static CurveTask Final(CurveTask task)
    {
        var target = task.Targets[0];
        return task with { Targets = [target.Slice(target.Count - 1, 1)] };
    }

    private static CurveTask Planned(LossCurve curve, int? plannedStep, bool needsSchedule)
    {
        var step = plannedStep ?? throw new ScalingLawsException("ranking needs each run's planned last step, or a share of each run to fit and the rest to forecast.");
        if (step <= curve.Steps[^1])
            throw new ScalingLawsException($"{curve.Source}, run {curve.Name}: the planned last step {step:N0} is not past the last logged step {curve.Steps[^1]:N0}; nothing is left to forecast.");
        if (needsSchedule && curve.Schedule is { } schedule && step > schedule.LastStep)
            throw new ScalingLawsException($"{curve.Source}, run {curve.Name}: the law needs the learning rate up to the planned last step {step:N0}, but the run's schedule is known only through step {schedule.LastStep:N0}; use a law that needs no schedule.");
        // The target's loss is unknown: the last logged loss only fills the slot, and Observed stays null for it.
        return new CurveTask(curve.Name, [curve], [new LossCurve(curve.Name, [step], [curve.Loss[^1]], needsSchedule ? curve.Schedule : null, source: curve.Source)]);
    }

    // Each target's prediction with the status of the fit it came from.
    private static List<(CurvePrediction Prediction, FitStatus Status)> Predictions(
        CurveLaw law, CurveTask task, CurveFitOptions? options, CurveBacktestSettings? intervals, CancellationToken cancellation)
    {
        // A run too short for the law is named: among many runs the count of points alone does not say which.
        if (task.Fit is [var run] && run.Count < law.ParameterCount)
            throw new ScalingLawsException(
                $"{run.Source}, run {run.Name}: {QuantityFormat.Counted(run.Count, "fitted point")} cannot determine the {law.ParameterCount} parameters of the {law.Name} law; leave the run out of the ranking, or rank it once it has more points.");
        // As many points as parameters: the law passes through each, so its forecast is unchecked (before, ranked with P(best) 0.783 without a word).
        if (task.Fit is [var exact] && exact.Count == law.ParameterCount)
            throw new ScalingLawsException(
                $"{exact.Source}, run {exact.Name}: {QuantityFormat.Counted(exact.Count, "fitted point")} for the {law.ParameterCount} parameters of the {law.Name} law: the law passes through every point, so nothing checks its forecast; leave the run out of the ranking, or rank it once it has more points.");
        var outcome = CurveOutcome.Run(law, task, options, cancellation, intervals);
        return [.. outcome.Predictions.Select(p => (p, outcome.Fit.Status))];
    }

    /// <param name="scored">Whether the target's loss was observed (a backtest), not a placeholder.</param>
    private static RankedRun Forecast(CurveTask task, (CurvePrediction Prediction, FitStatus Status) predicted, bool scored)
    {
        var (prediction, fitted) = (predicted.Prediction, task.Fit[0]);
        return new RankedRun(task.Name, fitted.Steps[^1], fitted.Loss[^1], prediction.Target.Steps[0], prediction.Predicted[0],
            prediction.Intervals.IsDefaultOrEmpty ? null : prediction.Intervals[0], scored ? prediction.Target.Loss[0] : null, predicted.Status);
    }

    /// <summary>
    /// The share of draws in which each run's final loss is the lowest; null when a run has no interval, since drawing it
    /// at its forecast would treat it as exact and make its chance look certain.
    /// </summary>
    internal static double[]? ProbabilityBest(IReadOnlyList<RankedRun> runs, int seed)
    {
        if (runs.Any(r => r.Interval is null))
            return null;
        var random = new Random(seed);
        var wins = new int[runs.Count];
        var means = runs.Select(r => Math.Log(r.Forecast)).ToArray();
        var sigmas = runs.Select(r => r.Interval!.LogHalfWidth / Z95).ToArray();
        for (var draw = 0; draw < Draws; draw++)
        {
            var (best, lowest) = (0, double.PositiveInfinity);
            for (var i = 0; i < runs.Count; i++)
            {
                var value = means[i] + sigmas[i] * StandardNormal.Draw(random);
                if (value < lowest)
                    (best, lowest) = (i, value);
            }
            wins[best]++;
        }
        return [.. wins.Select(w => (double)w / Draws)];
    }
}
