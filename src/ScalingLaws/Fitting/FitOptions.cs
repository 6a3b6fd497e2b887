using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>How to fit a law. Defaults reproduce Hoffmann et al. / Epoch: Huber(δ = 1e-3) on ln L from the full start grid.</summary>
public sealed record FitOptions
{
    /// <summary>The default options.</summary>
    public static FitOptions Default { get; } = new();

    /// <summary>The objective minimised.</summary>
    public FitObjective Objective { get; init; } = FitObjective.HuberLog;

    /// <summary>Huber threshold δ on log residuals.</summary>
    public double Delta { get; init; } = 1e-3;

    /// <summary>Fixed, tied or bounded parameters.</summary>
    public ParameterConstraints Constraints { get; init; } = ParameterConstraints.None;

    /// <summary>
    /// A single start in natural units, one value per law parameter (fixed ones ignored), instead of
    /// the law's start grid; e.g. the Hitchhiker's guide starts from Muennighoff et al.'s values.
    /// </summary>
    public IReadOnlyList<double>? Start { get; init; }

    /// <summary>Starts drawn uniformly over the start grid's range (or the bounds) after the grid or the start; 0 by default.</summary>
    public int RandomStarts { get; init; }

    /// <summary>Seeds the random starts: start i draws from its own generator seeded by (seed, i).</summary>
    public int Seed { get; init; }

    /// <summary>The local optimiser run from each start.</summary>
    public FitSolver Solver { get; init; } = FitSolver.Lbfgs;

    /// <summary>How bounded parameters are kept within their bounds; <see cref="BoundHandling.Projected"/> needs Levenberg–Marquardt.</summary>
    public BoundHandling Bounds { get; init; } = BoundHandling.Transform;

    /// <summary>
    /// Keep every k-th value of each axis of the law's start grid (1, the default, keeps them all;
    /// 2 turns Chinchilla's 4,500 starts into 243). For studies that fit thousands of small windows,
    /// where the full grid costs minutes and the coarse one finds the same optima.
    /// </summary>
    public int StartStride { get; init; } = 1;

    /// <summary>Tolerances for the final L-BFGS polish of the best start (tight: the reported optimum); Levenberg–Marquardt uses its iteration limit.</summary>
    public LbfgsSettings Optimizer { get; init; } = LbfgsSettings.Default;

    /// <summary>
    /// Tolerances for the search from every start: about scipy's defaults. Starts only need to reach
    /// their basin; the winner is then polished with <see cref="Optimizer"/>, which halves the work.
    /// </summary>
    public LbfgsSettings SearchOptimizer { get; init; } = new() { GradientTolerance = 1e-5, RelativeTolerance = 1e-6 };

    /// <summary>
    /// Scaling-law fits (<see cref="LawFitter"/>): stop a start once it comes near an optimum another start already converged to (every solver coordinate within
    /// 10%, or 0.1 below 1) at an objective no lower than that optimum's: it has joined a basin already found. The
    /// starts run in fixed rounds so the fit is the same whatever the number of threads, and the winner is polished to
    /// its basin's own minimiser by Newton steps, so on Chinchilla the optimum is the one every start run to its end gives
    /// (13 significant figures; a third fewer evaluations). Null, the default, stops early on grids of at least
    /// <see cref="EarlyStopStarts"/> starts (Chinchilla's full 4,500) and runs every start of coarser ones: on the
    /// 243-start grids that backtests and downstream chains fit by the thousand it moved ill-determined optima (the
    /// backtest's 20-checkpoint datablations fits, the downstream chain's loss laws on 3 checkpoints; bench/README.md,
    /// "Item 4"). True or false applies to every grid. Other models fitted on the engine (<see cref="ModelFitter"/>) run every start.
    /// </summary>
    public bool? StopInFoundBasins { get; init; }

    /// <summary>
    /// The fewest starts on which <see cref="StopInFoundBasins"/> = null stops early: above the 243 starts of the
    /// stride-2 grids (backtests, downstream chains, the estimation study), below the full grids of Chinchilla's law
    /// (4,500) and the data-constrained law (2,880), where many starts share each basin.
    /// </summary>
    public const int EarlyStopStarts = 1_000;

    /// <summary>Whether a scaling-law grid of <paramref name="starts"/> starts stops early (<see cref="StopInFoundBasins"/>).</summary>
    internal bool StopsEarly(int starts) => StopInFoundBasins ?? starts >= EarlyStopStarts;

    /// <summary>Told of each finished start and resample (for a progress bar); null by default.</summary>
    public IProgress<WorkProgress>? Progress { get; init; }

    /// <summary>Cores used for independent starts and resamples.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Work, in rows × starts, above which the start grid is screened: every start runs on a seeded
    /// random subsample of <see cref="ScreeningBudget"/> / starts rows (at least <see cref="ScreeningRows"/>),
    /// and only the <see cref="RefinedStarts"/> best distinct optima are refined on all rows. The
    /// default is 0.5–1 s of screening on 2 quiet cores and under 3 s on a busy machine (0.17–0.8 µs per
    /// row and start measured on the 4,500-start Chinchilla grid), which keeps a million-row fit under
    /// 10 s: tables up to 666 rows are searched in full. A table just above the limit is screened on
    /// nearly all of its rows, so the time grows smoothly with rows.
    /// </summary>
    public long ScreeningBudget { get; init; } = 3_000_000;

    /// <summary>The smallest screening subsample, for small grids on large tables.</summary>
    public int ScreeningRows { get; init; } = 500;

    /// <summary>Seed of the screening subsample; the same seed gives the same fit.</summary>
    public int ScreeningSeed { get; init; }

    /// <summary>
    /// Screened optima refined on all rows: the best by their objective on all rows. Two keep a large table's
    /// refinement to one round on 2 cores; the best three times as many screened optima are evaluated on all rows.
    /// </summary>
    public int RefinedStarts { get; init; } = 2;

    private const double MostDelta = 10;

    internal void Validate()
    {
        if (!(Delta > 0) || !double.IsFinite(Delta))
            throw new ScalingLawsException($"{Setting.Delta} {Delta}: the Huber threshold must be a positive number (default 1e-3).");
        // A residual of ln L beyond 10 is a loss 22,000 times off: a larger threshold is least squares on ln L already (1.7e308 failed in the report's figures).
        if (Delta > MostDelta)
            throw new ScalingLawsException($"{Setting.Delta} {QuantityFormat.Constant(Delta)}: give a Huber threshold of at most {MostDelta}; a residual of ln L beyond {MostDelta} is a loss 22,000 times off, so a larger threshold fits as least squares on ln L.");
        if (ScreeningRows < 1 || RefinedStarts < 1 || ScreeningBudget < 1)
            throw new ScalingLawsException("screening needs at least 1 row and at least 1 refined start.");
        if (RandomStarts < 0)
            throw new ScalingLawsException($"the number of random starts must be at least 0, got {RandomStarts}.");
        if (StartStride < 1)
            throw new ScalingLawsException($"{Setting.StartStride} {StartStride}: the start-grid stride must be at least 1 (every start).");
        if (Solver == FitSolver.LevenbergMarquardt && Objective != FitObjective.LeastSquares)
            throw new ScalingLawsException($"Levenberg–Marquardt fits the least-squares objective only; use {Setting.Objective} least-squares or the L-BFGS solver.");
        if (Bounds == BoundHandling.Projected && Solver != FitSolver.LevenbergMarquardt)
            throw new ScalingLawsException("projected bounds are handled by the Levenberg–Marquardt solver only; use it, or bounds by a change of variables.");
        Parallelism.CheckDegree(MaxDegreeOfParallelism);
    }
}
