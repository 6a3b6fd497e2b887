using ScottPlot.TickGenerators;

namespace ScalingLaws.Plotting;

/// <summary>
/// The ARE heatmap of the Hitchhiker's guide: one cell per (number of models k, fraction of
/// training p), coloured by the absolute relative error and labelled with it in percent, with
/// contours at 5%, 10% and 15%.
/// </summary>
/// <remarks>
/// <para>
/// Rows run k upwards and columns p rightwards, so more models and more training lie up and to the
/// right, like any two increasing axes. Rows and columns are sorted, whatever the caller's order.
/// </para>
/// <para>
/// Colour: viridis reversed (low error light yellow, high error dark purple), which is perceptually
/// even and falls monotonically in lightness, so it reads the same in greyscale. The scale runs from
/// 0 to the largest value rounded up to 5%, but to at least 15% (so a table of small errors does
/// not look dark) and at most 30% (so large errors do not wash out small ones); values above 30%
/// take the darkest colour and the colour bar's top label reads "≥30". The printed value is always
/// the true one, in ink or white, whichever contrasts more with the fill.
/// </para>
/// <para>
/// Contours: step outlines along the cell boundaries of the region whose printed value is below each
/// level, rather than interpolated (marching-squares) curves. The rows are categories, not a
/// continuous axis, so a curve between them would invent values; along the boundaries each cell is
/// plainly inside or outside, and no line crosses a printed number. Where two levels share a
/// boundary they run side by side, lower level on the lower-error side, a few pixels apart. Each
/// outline is labelled in place ("10%"), and the levels are marked on the colour bar.
/// </para>
/// <para>
/// Cells without a value (a failed fit) are light grey, hatched, with "–"; no contour is drawn next
/// to them.
/// </para>
/// </remarks>
internal static class AreHeatmapFigure
{
    /// <summary>The contour levels, as fractions.</summary>
    public static readonly double[] ContourLevels = [0.05, 0.10, 0.15];

    /// <summary>The colour scale stops here when the table goes beyond it, so small errors stay distinguishable.</summary>
    public const double ColorScaleCap = 0.30;

    /// <summary>The colour scale reaches at least this far, the last contour level, so small errors never take the darkest colours.</summary>
    public const double ColorScaleFloor = 0.15;

    public const string XLabel = "Fraction of training used (p)";
    public const string YLabel = "Number of models (k)";

    public static Plot Create(AreHeatmapPlotData data)
    {
        var grid = AreGrid.From(data);
        var scale = AreColorScale.For(grid.Values());

        var plot = new Plot();
        FigureStyle.Apply(plot, data.Title ?? "", XLabel, YLabel);
        plot.HideGrid();
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            [.. Enumerable.Range(0, grid.Columns).Select(j => (double)j)],
            [.. grid.Fractions.Select(FractionLabel(grid.Fractions))]);
        plot.Axes.Left.TickGenerator = new NumericManual(
            [.. Enumerable.Range(0, grid.Rows).Select(i => (double)i)],
            [.. grid.Models.Select(k => k.ToString(CultureInfo.InvariantCulture))]);

        var layer = new AreHeatmapLayer(grid, scale, ContourLevels);
        plot.Add.Plottable(layer);
        plot.Axes.AddPanel(new AreColorBar(layer, scale, ContourLevels));
        plot.Axes.SetLimits(-0.5, grid.Columns - 0.5, -0.5, grid.Rows - 0.5);
        return plot;
    }

    /// <summary>A cell's value as printed: the ARE in percent with one decimal (0.0592 → "5.9").</summary>
    public static string Percent(double are) => (are * 100).ToString("F1", CultureInfo.InvariantCulture);

    /// <summary>Whether a cell counts as below a contour level: by its printed value, so a cell reading "5.0" is not inside the 5% line.</summary>
    public static bool Below(double are, double level) =>
        Math.Round(are * 100, 1, MidpointRounding.AwayFromZero) < Math.Round(level * 100, 6);

    /// <summary>Fractions with as few decimals as tell them apart exactly, at least one (0.1 … 1.0, or 0.25).</summary>
    private static Func<double, string> FractionLabel(IReadOnlyList<double> fractions)
    {
        var decimals = Enumerable.Range(1, 4).FirstOrDefault(d => fractions.All(p => Math.Abs(Math.Round(p, d) - p) < 1e-9), 3);
        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        return p => p.ToString(format, CultureInfo.InvariantCulture);
    }
}
