namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>
/// The optimum of one (N, D) cell of a sweep: the quadratic bowl in x = ln lr, y = ln batch fitted by least squares
/// to the cell's runs (<see cref="BowlDesign"/>), and its minimum where the gradient vanishes.
/// </summary>
public sealed record HyperparameterBowl(double Params, double Tokens, double LearningRate, double BatchTokens, double Loss, int Runs)
{
    /// <summary>The cell's bowl, or why it has none: too few settings, or a fitted surface that is not a bowl (no minimum).</summary>
    public static HyperparameterBowl Fit(IReadOnlyList<SweepRun> cell) => Fit(cell, new BowlDesign(cell));

    /// <summary>The cell's bowl with its <paramref name="design"/> already built (a bootstrap reuses it).</summary>
    public static HyperparameterBowl Fit(IReadOnlyList<SweepRun> cell, BowlDesign design)
    {
        Span<double> c = stackalloc double[BowlDesign.Coefficients];
        design.Fit([.. cell.Select(r => r.Loss)], c);
        if (!BowlDesign.TryMinimum(c, out var x0, out var y0))
            throw new ScalingLawsException($"{design.Where}: the loss surface fitted over (ln lr, ln batch) has no minimum (it is not a bowl); widen the learning rates and batch sizes around the best run.");
        var loss = c[0] + c[1] * x0 + c[2] * y0 + c[3] * x0 * x0 + c[4] * x0 * y0 + c[5] * y0 * y0;
        return new HyperparameterBowl(cell[0].Params, cell[0].Tokens, Math.Exp(x0 + design.CentreX), Math.Exp(y0 + design.CentreY), loss, cell.Count);
    }
}
