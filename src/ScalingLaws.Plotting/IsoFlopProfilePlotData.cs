using ScalingLaws.Planning;

namespace ScalingLaws.Plotting;

/// <summary>
/// One compute budget of an IsoFLOP analysis, as plain numbers: its runs, the parabola of loss
/// against ln N fitted to them, and that parabola's minimum. Nothing is fitted when plotting.
/// </summary>
/// <param name="Flops">The compute budget C in FLOPs.</param>
/// <param name="Points">The runs at this budget: model size N and final loss (nats).</param>
/// <param name="Parabola">
/// Coefficients (c0, c1, c2) of loss = c0 + c1·x + c2·x² with x = ln N, or null when there is none
/// (for example the budget was excluded before fitting).
/// </param>
/// <param name="Vertex">The parabola's minimum (N_opt, loss), or null when there is no interior minimum.</param>
/// <param name="Excluded">Why the budget was left out of the analysis, or null if it was used; excluded budgets are drawn hollow and dashed.</param>
public sealed record IsoFlopProfilePlotData(
    double Flops,
    IReadOnlyList<(double Params, double Loss)> Points,
    IReadOnlyList<double>? Parabola = null,
    (double Params, double Loss)? Vertex = null,
    string? Excluded = null)
{
    /// <summary>Whether the budget's parabola is used for the frontier.</summary>
    public bool Included => Excluded is null;

    /// <summary>A budget of an IsoFLOP analysis as it is drawn: its vertex only when the budget was used.</summary>
    public static IsoFlopProfilePlotData From(BudgetProfile budget) =>
        new(budget.Flops, budget.Runs, budget.Parabola, budget.Included ? (budget.Params, budget.Loss) : null, budget.Excluded);

    /// <summary>The parabola's loss at model size <paramref name="parameters"/>; NaN without a parabola.</summary>
    public double ParabolaLoss(double parameters)
    {
        if (Parabola is null)
            return double.NaN;
        var x = Math.Log(parameters);
        return Parabola[0] + Parabola[1] * x + Parabola[2] * x * x;
    }
}
