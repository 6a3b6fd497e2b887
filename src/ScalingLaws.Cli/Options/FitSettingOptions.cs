using ScalingLaws.Optimization;

namespace ScalingLaws.Cli.Options;

/// <summary>The options that choose a law and how it is fitted.</summary>
internal sealed class FitSettingOptions : IOptionGroup
{
    public Option<Choice<string>> Law { get; } = ChoiceOption.Names("--law", $"Law to fit: {string.Join(", ", LawCatalog.Names)}.", LawCatalog.Names, "chinchilla");

    public Option<Choice<Field>> X { get; } = ChoiceOption.Create<Field>(
        "--x", "Input of a one-variable law (power, pure-power): params, tokens or flops.",
        [new("params", Field.Params), new("tokens", Field.Tokens), new("flops", Field.Flops)], "params");

    public Option<Choice<FitObjective>> Objective { get; } = ChoiceOption.Create<FitObjective>(
        "--objective", "huber-log (Hoffmann et al.: Huber on ln L) or least-squares (raw loss, the Hitchhiker's guide).",
        [new("huber-log", FitObjective.HuberLog), new("least-squares", FitObjective.LeastSquares)], "huber-log");

    public Option<double> Delta { get; } = QuantityOption.Create("--delta", "Huber threshold on log residuals.", 1e-3);

    private readonly ConstraintOptions _constraints = new("alpha=0.3527", "alpha=beta", "alpha=0:1");

    public Option<string[]> Fix => _constraints.Fix;

    public Option<string[]> Tie => _constraints.Tie;

    public Option<string[]> Bound => _constraints.Bound;

    public Option<Choice<FitSolver>> Solver { get; } = ChoiceOption.Create<FitSolver>(
        "--solver", "Local optimiser from each start: lbfgs, or levenberg-marquardt (least squares only; the study's curve_fit kind).",
        [new("lbfgs", FitSolver.Lbfgs), new("levenberg-marquardt", FitSolver.LevenbergMarquardt)], "lbfgs");

    public Option<int> StartStride { get; } = new("--start-stride")
    {
        Description = "Keep every k-th value of each axis of the start grid (2 turns Chinchilla's 4,500 starts into 243).",
        DefaultValueFactory = _ => 1,
    };

    public Option<bool?> StopEarly { get; } = new("--stop-early")
    {
        Description = $"Stop a start once it joins an optimum an earlier start found (a third fewer evaluations on Chinchilla's grid, same optimum there; may pick another optimum where the parameters are ill-determined). Default: on for start grids of at least {FitOptions.EarlyStopStarts:N0} starts (Chinchilla's full grid), off for coarser ones; --stop-early false runs every start.",
    };

    public Option<int> MaxIterations { get; } = new("--max-iterations")
    {
        Description = "Iteration limit per start.",
        DefaultValueFactory = _ => LbfgsSettings.Default.MaxIterations,
    };

    public void AddTo(Command command)
    {
        command.AddAll(Law, X, Objective, Delta, Fix, Tie, Bound, Solver, StartStride, StopEarly, MaxIterations);
    }

    /// <summary>The chosen law's fitter with these settings, reporting to <paramref name="progress"/>.</summary>
    public LawFitter CreateFitter(ParseResult parse, IProgress<WorkProgress>? progress = null) =>
        new(CreateLaw(parse), CreateOptions(parse) with { Progress = progress });

    public ScalingLaw CreateLaw(ParseResult parse) => LawCatalog.Create(parse.GetValue(Law)!.Value, parse.GetValue(X)!.Value);

    private ParameterConstraints Constraints(ParseResult parse)
    {
        var law = CreateLaw(parse);
        return ConstraintOptions.CheckExponents(_constraints.Create(parse), law.Parameters, law.IndexOf, j => law.Parameters[j].Scale == ParameterScale.Linear);
    }

    public FitOptions CreateOptions(ParseResult parse)
    {
        var iterations = parse.GetValue(MaxIterations);
        if (iterations < 1)
            throw new ScalingLawsException($"--max-iterations {iterations}: give at least 1.");
        var solver = parse.GetValue(Solver)!.Value;
        return FitOptions.Default with
        {
            Objective = parse.GetValue(Objective)!.Value,
            Delta = parse.GetValue(Delta),
            Solver = solver,
            // Levenberg–Marquardt keeps bounded parameters in their box itself, so a parameter that ends on a bound is exactly on it.
            Bounds = solver == FitSolver.LevenbergMarquardt ? BoundHandling.Projected : BoundHandling.Transform,
            StartStride = parse.GetValue(StartStride),
            StopInFoundBasins = parse.GetValue(StopEarly),
            Constraints = Constraints(parse),
            Optimizer = FitOptions.Default.Optimizer with { MaxIterations = iterations },
            SearchOptimizer = FitOptions.Default.SearchOptimizer with { MaxIterations = iterations },
        };
    }
}
