namespace ScalingLaws.Downstream;

/// <summary>
/// Fits an <see cref="AccuracyLaw"/> to one task on the engine (<see cref="ModelFitter"/>): least squares on the raw
/// accuracy, the law held to the task's chance level by its fixed parameters and bounds, from the law's data-driven
/// starts. Then judges whether the task is predictable from these rows (<see cref="Predictability"/>).
/// </summary>
public sealed class AccuracyFitter(AccuracyLaw law)
{
    private static readonly FitOptions Settings = FitOptions.Default with { Objective = FitObjective.LeastSquares, MaxDegreeOfParallelism = 1 };

    /// <summary>The law to fit.</summary>
    public AccuracyLaw Law { get; } = law;

    /// <exception cref="ScalingLawsException">The law needs a loss the rows lack, every score is at or below chance or the same, or too few rows.</exception>
    public AccuracyFit Fit(TaskScores task, CancellationToken cancellation = default)
    {
        if (Law.Input == AccuracyInput.Loss && !task.HasLoss)
            throw new ScalingLawsException($"{task.Source}: the {Law.Name} law reads each row's loss, and task '{task.Task}' has rows without a positive loss; give the table's loss, or fit accuracy against compute (the direct law).");
        if (Predictability.Floor(task) is { } floor)
            throw new ScalingLawsException($"{task.Source}: task '{task.Task}' {task.Metric} never rises above its chance level {floor.Chance:G3} (best score {floor.BestScore:G3}); there is nothing to fit. Check the chance level, or leave the task out.");
        var (inputs, scores) = (task.Inputs(Law.Input), task.Scores);
        var layout = ParameterLayout.Create(Law.Parameters, Law.Constraints(task.Chance), Law.Name);
        CheckShape(task, layout.FreeCount);
        var starts = StartGrid.Of(layout, Law.Starts(task.Chance, inputs, scores));
        var fit = new ModelFitter(Settings).Fit(new AccuracyModel(Law, inputs, scores), layout, starts, cancellation);
        if (!fit.Status.IsUsable())
            throw new ScalingLawsException($"{task.Source}: the {Law.Name} law did not converge on task '{task.Task}' ({fit.Status}).");
        var fitted = inputs.Select(x => Law.Predict(fit.Values, x)).ToArray();
        return new AccuracyFit
        {
            Law = Law,
            Task = task.Task,
            Metric = task.Metric,
            Chance = task.Chance,
            LossName = Law.Input == AccuracyInput.Loss ? task.LossName : null,
            Fit = fit,
            Values = fit.Values,
            Scatter = fit.ResidualStandardDeviation,
            Covariance = FullCovariance(layout, fit.Curvature),
            InputMin = inputs.Min(),
            InputMax = inputs.Max(),
            Rows = task.Count,
            Verdict = Predictability.Judge(task, fitted, fit.ResidualStandardDeviation),
            Noise = Predictability.SourceOf(task),
        };
    }

    // Fewer rows than free parameters, or one score on every row (Predictability.Flat), leave nothing to fit.
    private void CheckShape(TaskScores task, int free)
    {
        if (task.Count < free)
            throw new ScalingLawsException($"{task.Source}: task '{task.Task}' has {QuantityFormat.Counted(task.Count, "row")}, which cannot determine the {free} free parameters of the {Law.Name} law; give at least {free} rows (more sizes or checkpoints).");
        if (Predictability.Flat(task) is { } flat)
            throw new ScalingLawsException($"{task.Source}: task '{task.Task}' {task.Metric} is {flat.Score:G4} on every row, so how it changes with the {(Law.Input == AccuracyInput.Loss ? "loss" : "compute")} cannot be fitted; give rows whose scores differ, or leave the task out.");
    }

    // The free slots' covariance spread over every parameter; fixed, bound-held and undetermined ones contribute nothing.
    private static double[,] FullCovariance(ParameterLayout layout, FitCurvature curvature)
    {
        var k = layout.ParameterCount;
        var covariance = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                var (sa, sb) = (layout.SlotOf(a), layout.SlotOf(b));
                var value = sa >= 0 && sb >= 0 ? curvature.Covariance[sa, sb] : 0;
                covariance[a, b] = double.IsFinite(value) ? value : 0;
            }
        }
        return covariance;
    }
}
