namespace ScalingLaws.Estimation;

/// <summary>
/// How every cell of a study fits the Chinchilla law to its training rows. Each fit runs on one
/// thread (<see cref="FitOptions.MaxDegreeOfParallelism"/> = 1) because a study runs its thousands
/// of independent cells in parallel instead.
/// </summary>
/// <param name="Name">A short label for reports, e.g. "least-squares".</param>
/// <param name="Options">The fit options; constraints here (held, tied and bounded parameters) are applied to every cell.</param>
public sealed record EstimationMethod(string Name, FitOptions Options)
{
    /// <summary>
    /// The Hitchhiker's guide: least squares on the raw loss from the single Muennighoff start by a
    /// Gauss–Newton method, with α, β ≥ 0 (scipy's curve_fit with bounds). The bounds are kept by the solver's projected
    /// steps, so an optimum beyond one ends exactly on it, as in scipy's bounded trust region; the transformed bounds
    /// (a change of variables) approach such a face only asymptotically and, from the study's single start, stop at the
    /// iteration limit.
    /// </summary>
    public static EstimationMethod LeastSquares { get; } = new(
        "least-squares",
        FitOptions.Default with
        {
            Objective = FitObjective.LeastSquares, Solver = FitSolver.LevenbergMarquardt, Start = Muennighoff.Start, MaxDegreeOfParallelism = 1,
            Bounds = BoundHandling.Projected,
            Constraints = ParameterConstraints.None.Bound("alpha", 0, double.PositiveInfinity).Bound("beta", 0, double.PositiveInfinity),
        });

    /// <summary>
    /// Hoffmann et al.: Huber(δ = 1e-3) on ln L from a start grid, unbounded. The grid keeps every
    /// other value of each axis (243 of the 4,500 starts): a study fits about a thousand windows, and
    /// the full grid takes minutes. On OPT and GPT-3 (k ≥ 3) the thinned grid reaches the full grid's
    /// optimum in 77 of 80 cells; in the other 3 it stops 0.005–0.15 % higher on weakly determined
    /// windows and the error moves by 0.3, 2.4 and 5.1 points. Windows over 500 rows screen the
    /// grid on 500 randomly drawn rows (a work budget of 243 starts × 500 rows) and refine the best
    /// optima on all rows (GPT-3's windows hold up to 5,400 checkpoints).
    /// </summary>
    public static EstimationMethod HuberGrid { get; } = new(
        "huber-log",
        FitOptions.Default with { MaxDegreeOfParallelism = 1, StartStride = 2, ScreeningBudget = 243 * 500, ScreeningRows = 500 });

    /// <summary>The same method with A and α held at borrowed values (natural units), no longer bounded; E, B and β stay free.</summary>
    public EstimationMethod Borrowing(double a, double alpha) => this with
    {
        Name = $"{Name}, A = {a:G4} and alpha = {alpha:G4} borrowed",
        Options = Options with
        {
            Constraints = (Options.Constraints with { Bounds = Options.Constraints.Bounds.RemoveRange(["A", "alpha"]) }).Fix("A", a).Fix("alpha", alpha),
        },
    };

    /// <summary>Borrows A and α from another family's (or a published) fit.</summary>
    public EstimationMethod Borrowing(FitResult source) => Borrowing(source["A"], source["alpha"]);

    /// <summary>
    /// The Hitchhiker's one-model variant: a and α fixed at Muennighoff's values, only b, e and β
    /// fitted, so that a single model size (no variation in N) still gives a law.
    /// </summary>
    public EstimationMethod OneModel() => Borrowing(Math.Exp(Muennighoff.LogA), Muennighoff.Alpha) with
    {
        Name = $"{Name}, one model at a time, a = {Muennighoff.LogA} and alpha = {Muennighoff.Alpha} fixed (Muennighoff et al.)",
    };

    /// <summary>The number of parameters each cell fits.</summary>
    public int FreeCount => ChinchillaLaw.Instance.ParameterCount - Options.Constraints.Fixed.Count - Options.Constraints.Ties.Count;

    /// <summary>True when A and α are both held fixed, so one model size suffices.</summary>
    public bool FixesSizeTerms => Options.Constraints.Fixed.ContainsKey("A") && Options.Constraints.Fixed.ContainsKey("alpha");

    /// <summary>Fits the method's law to <paramref name="train"/>.</summary>
    public FitResult Fit(ObservationTable train, CancellationToken cancellation = default) =>
        new LawFitter(ChinchillaLaw.Instance, Options).Fit(train, cancellation);
}
