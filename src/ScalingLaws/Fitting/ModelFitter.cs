using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>
/// The fitting engine: fits any <see cref="IFitModel"/> by its options' solver (L-BFGS, or Levenberg–Marquardt for
/// least squares) from every start (the model's grid, a user start, seeded random starts) in parallel, keeps the best
/// start by one rule, polishes it, and summarises it as a <see cref="ModelFit"/>.
/// </summary>
/// <example><code>
/// var fit = new ModelFitter(FitOptions.Default with { Objective = FitObjective.LeastSquares, Start = [500, 1e-4] }).Fit(model);
/// Console.WriteLine($"{fit.Status}: b1 = {fit["b1"].Value} ± {fit["b1"].StandardError}");
/// </code></example>
public sealed class ModelFitter(FitOptions? options = null)
{
    /// <summary>How to fit.</summary>
    public FitOptions Options { get; } = options ?? FitOptions.Default;

    /// <summary>Fits <paramref name="model"/> from every start and keeps the best.</summary>
    public ModelFit Fit(IFitModel model, CancellationToken cancellation = default)
    {
        var layout = ParameterLayout.Create(model.Parameters, Options.Constraints, model.Name, Options.Bounds);
        return Fit(model, layout, StartGrid.For(layout, Options.Start, Options.StartStride, Options.RandomStarts, Options.Seed), cancellation);
    }

    /// <summary>Fits from the given starts (e.g. a law's own list) instead of the options' grid or start.</summary>
    internal ModelFit Fit(IFitModel model, ParameterLayout layout, StartGrid starts, CancellationToken cancellation)
    {
        Options.Validate();
        if (model.Observed.Length < layout.FreeCount)
            throw new ScalingLawsException($"{model.Observed.Length:N0} rows cannot determine {layout.FreeCount} free parameters.");
        var outcomes = MultiStart.Run(Options, Options.SearchOptimizer, layout.FreeCount, () => SolverFactory.Create(model, layout, Options, Options.SearchOptimizer), starts.Count, starts.Fill, cancellation);
        var tally = StartTally.Of(outcomes);
        var (best, status) = Choose(outcomes);
        var final = best is { } winner ? Polish(model, layout, Options, winner, cancellation) : (StartOutcome?)null;
        // A start that ran out of iterations in a flat valley may converge in the polish, which gets many more.
        if (status != FitStatus.Converged && final is { Converged: true })
            status = FitStatus.Converged;
        return tally.Record(Summarize(model, layout, starts, final, tally.Converged, status));
    }

    /// <summary>
    /// The best converged start; when none converged, the lowest finite one (a flat valley may converge in the polish),
    /// with <see cref="FitStatus.IterationLimit"/> if it ran out of iterations and <see cref="FitStatus.NoStartConverged"/>
    /// otherwise; null when no start reached a finite objective.
    /// </summary>
    internal static (StartOutcome? Best, FitStatus Status) Choose(IReadOnlyList<StartOutcome> outcomes) =>
        MultiStart.Best(outcomes) is { } best ? (best, FitStatus.Converged)
        : MultiStart.Lowest(outcomes) is { } lowest ? (lowest, lowest.Result.Exit == ExitCondition.MaxIterations ? FitStatus.IterationLimit : FitStatus.NoStartConverged)
        : (null, FitStatus.NoStartConverged);

    /// <summary>
    /// Tightens the winner to the reported precision with L-BFGS (Levenberg–Marquardt already stops at round-off, and a
    /// search run to the final tolerances needs no second run); keeps the search result if polishing goes astray.
    /// <paramref name="finishWithNewton"/> then takes it to its basin's own minimiser (<see cref="NewtonPolish"/>).
    /// </summary>
    internal static StartOutcome Polish(
        IFitModel model, ParameterLayout layout, FitOptions options, StartOutcome best, CancellationToken cancellation, bool finishWithNewton = false)
    {
        if (options.Solver != FitSolver.Lbfgs || (options.Optimizer == options.SearchOptimizer && best.Converged))
            return best;
        var polished = MultiStart.Run(options, options.Optimizer, layout.FreeCount, () => SolverFactory.Create(model, layout, options, options.Optimizer), 1, (_, z) => best.Solution.CopyTo(z, 0), cancellation, stage: null)[0];
        if (finishWithNewton && polished.Converged)
            polished = polished with { Result = polished.Result with { Value = NewtonPolish.Refine(new ModelObjective(model, layout, options.Objective, options.Delta, options.MaxDegreeOfParallelism), polished.Solution, polished.Result.Value) } };
        var better = polished.Result.Value <= best.Result.Value && (polished.Converged || !best.Converged);
        return better
            ? polished with { Index = best.Index, Result = polished.Result with { Iterations = best.Result.Iterations + polished.Result.Iterations } }
            : best;
    }

    /// <summary>The typed result at <paramref name="best"/> (null when no start gave a finite objective).</summary>
    /// <param name="runs">The run of each row, when known, for a covariance robust to errors a run's rows share.</param>
    internal ModelFit Summarize(IFitModel model, ParameterLayout layout, StartGrid starts, StartOutcome? best, int converged, FitStatus status, Data.RunIndex? runs = null)
    {
        var theta = new double[layout.ParameterCount];
        var z = best?.Solution ?? new double[layout.FreeCount];
        layout.Expand(z, theta);
        var curvature = best is null
            ? FitCurvature.From(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(0, 0), null, 1, new bool[layout.FreeCount])
            : CurvatureEstimator.At(model, layout, Options.Objective, Options.Delta, z, runs: runs);
        var estimates = Estimates.Of(layout, theta, curvature).ToList();
        if (best is not null && status == FitStatus.Converged)
            status = !curvature.PositiveDefinite ? FitStatus.IllDetermined
                : estimates.Any(e => e.Bound != BoundHit.None) ? FitStatus.AtBound
                : FitStatus.Converged;
        var diagnostics = best is null ? [] : FitDiagnostics.For(layout, starts, theta, curvature, best.Value, model.Observed.Length).ToList();
        return new ModelFit
        {
            Status = status,
            Parameters = [.. estimates],
            ObjectiveValue = best?.Result.Value ?? double.NaN,
            Iterations = best?.Result.Iterations ?? 0,
            Starts = starts.Count,
            ConvergedStarts = converged,
            Rows = model.Observed.Length,
            Curvature = curvature,
            Diagnostics = [.. diagnostics],
            ResidualStandardDeviation = best is null ? double.NaN : ResidualDeviation(model, theta, layout.FreeCount),
            FittingValues = best is null ? [] : [.. theta],
        };
    }

    private static double ResidualDeviation(IFitModel model, double[] theta, int free)
    {
        var predicted = Predictions.Of(model, theta);
        var observed = model.Observed.Span;
        var squares = 0.0;
        for (var i = 0; i < predicted.Length; i++)
            squares += (observed[i] - predicted[i]) * (observed[i] - predicted[i]);
        return predicted.Length > free ? Math.Sqrt(squares / (predicted.Length - free)) : double.NaN;
    }
}
