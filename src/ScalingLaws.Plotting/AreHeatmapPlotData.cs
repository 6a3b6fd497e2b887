using ScalingLaws.Estimation;

namespace ScalingLaws.Plotting;

/// <summary>
/// A table of prediction errors for an ARE heatmap, as in "A Hitchhiker's Guide to Scaling Law
/// Estimation" (Choshen, Zhang and Andreas 2024): a law is fitted to the k smallest models, each
/// trained on a fraction p of its run, and its prediction for a larger target model is scored by
/// the absolute relative error ARE = |L̂ − L| / L. Nothing is fitted when plotting.
/// </summary>
/// <param name="Title">The figure title, e.g. "OPT: ARE predicting 175B"; empty for none.</param>
/// <param name="Models">k for each row: the number of models (the k smallest sizes) the law was fitted to. Positive and distinct, in any order.</param>
/// <param name="Fractions">p for each column: the fraction of training used, in (0, 1]. Distinct, in any order.</param>
/// <param name="Are">
/// <c>Are[i, j]</c> is the ARE for <c>Models[i]</c> and <c>Fractions[j]</c>, as a fraction (0.05 = 5%),
/// never negative; null where the fit failed or was not run.
/// </param>
public sealed record AreHeatmapPlotData(string Title, IReadOnlyList<int> Models, IReadOnlyList<double> Fractions, double?[,] Are)
{
    /// <summary>A family of an estimation study: rows k (as asked), columns p; a cell that did not fit is left empty.</summary>
    public static AreHeatmapPlotData From(FamilyEvaluation evaluation, IReadOnlyList<double> fractions, string? title = null)
    {
        int[] models = [.. evaluation.Cells.Select(c => c.K).Distinct().Order()];
        double[] columns = [.. fractions.Distinct().Order()];
        var are = new double?[models.Length, columns.Length];
        foreach (var cell in evaluation.Cells.Where(c => c.Status == CellStatus.Ok && double.IsFinite(c.Are)))
        {
            var i = Array.IndexOf(models, cell.K);
            var j = Array.FindIndex(columns, p => Math.Abs(p - cell.Fraction) < 1e-12);
            if (i >= 0 && j >= 0)
                are[i, j] = cell.Are;
        }
        return new AreHeatmapPlotData(title ?? $"{evaluation.Family}: ARE predicting {evaluation.Target}", models, columns, are);
    }
}
