using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>Builds one thread's local solver for a model: it owns its objective and workspace.</summary>
internal static class SolverFactory
{
    public static StartSolver Create(IFitModel model, ParameterLayout layout, FitOptions options, LbfgsSettings settings)
    {
        if (options.Solver == FitSolver.LevenbergMarquardt)
        {
            var residuals = new ModelResiduals(model, layout);
            // One run to the options' final tolerance: no separate search and polish.
            var marquardt = new LevenbergMarquardt(options.Optimizer.MaxIterations, options.Optimizer.RelativeTolerance);
            var workspace = marquardt.CreateWorkspace(layout.FreeCount);
            var (lower, upper) = layout.Projected ? layout.Box() : (null, null);
            return (start, solution, _) => marquardt.Minimize(residuals, start, solution, workspace, lower, upper);
        }
        var objective = new ModelObjective(model, layout, options.Objective, options.Delta, options.MaxDegreeOfParallelism);
        var lbfgs = new Lbfgs(settings);
        var memory = lbfgs.CreateWorkspace(layout.FreeCount);
        return (start, solution, earlyStop) => lbfgs.Minimize(objective, start, solution, memory, earlyStop);
    }
}
