using ScalingLaws.Curves;

namespace ScalingLaws.Plotting;

/// <summary>
/// One run of a loss-curve figure as plain numbers: its observed loss, the law's prediction at the same steps, the
/// fitted window and its learning-rate schedule. Nothing is fitted when plotting.
/// </summary>
/// <param name="Name">The run.</param>
/// <param name="Steps">Logged steps, increasing.</param>
/// <param name="Observed">Observed loss at each step.</param>
/// <param name="Predicted">The law's loss at each step.</param>
/// <param name="FittedUntil">The last fitted step when the run's first part was fitted and the rest predicted; null otherwise.</param>
/// <param name="Fitted">Whether the whole run was fitted (true) or predicted from other runs (false); ignored with <paramref name="FittedUntil"/>.</param>
/// <param name="Schedule">The per-step learning rate, when known.</param>
public sealed record LossCurvePlotRun(
    string Name,
    IReadOnlyList<int> Steps,
    IReadOnlyList<double> Observed,
    IReadOnlyList<double> Predicted,
    double? FittedUntil,
    bool Fitted,
    LearningRateSchedule? Schedule)
{
    /// <summary>The runs of one fitted task: each fitted run, and each target with its prediction.</summary>
    public static IReadOnlyList<LossCurvePlotRun> From(CurveOutcome outcome)
    {
        var runs = new List<LossCurvePlotRun>();
        foreach (var fitted in outcome.Task.Fit)
        {
            var target = outcome.Predictions.FirstOrDefault(p => p.Target.Name == fitted.Name);
            if (target is null)
            {
                runs.Add(new(fitted.Name, fitted.Steps, fitted.Loss, outcome.Fit.Predict(fitted), null, true, fitted.Schedule));
                continue;
            }
            // The fitted head and the predicted tail of one run.
            runs.Add(new(fitted.Name, [.. fitted.Steps, .. target.Target.Steps], [.. fitted.Loss, .. target.Target.Loss],
                [.. outcome.Fit.Predict(fitted), .. target.Predicted], fitted.Steps[^1], true, fitted.Schedule));
        }
        foreach (var p in outcome.Predictions.Where(p => outcome.Task.Fit.All(f => f.Name != p.Target.Name)))
            runs.Add(new(p.Target.Name, p.Target.Steps, p.Target.Loss, p.Predicted, null, false, p.Target.Schedule));
        return runs;
    }
}
