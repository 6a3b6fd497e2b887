namespace ScalingLaws.Plotting;

/// <summary>
/// Loss against context position (log axis) at several checkpoints: observed losses as markers at
/// log-spaced positions (every position would be a smear on the right of a log axis), the fitted law
/// as a line, one colour per checkpoint from early (dark) to late (light).
/// </summary>
internal static class PositionLossFigure
{
    private const int MarkersPerCurve = 28;
    private const int LinePoints = 200;

    public static Plot Create(PositionLossPlotData data, string? title)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Curves.Count == 0)
            throw new ScalingLawsException("no checkpoints to draw; give at least one.");
        var plot = new Plot();
        FigureStyle.Apply(plot, title ?? "Loss by position, fitted " + data.LawFormula, "Token position i", "Loss at position i (nats)");
        LogAxis.Apply(plot.Axes.Bottom, LogTickLabels.Count);
        var legend = new LegendPlacement();
        var occupied = new List<Coordinates>();
        var colors = FigureStyle.Sequential(data.Curves.Count);
        var positions = data.Curves[0].Losses.Count;

        for (var c = 0; c < data.Curves.Count; c++)
        {
            var curve = data.Curves[c];
            var line = Spaced(positions, LinePoints, integers: false)
                .Select(i => new Coordinates(LogAxis.Transform(i), curve.Fit.Predict(i))).ToArray();
            var fitted = plot.Add.ScatterLine(line, colors[c]);
            fitted.LineWidth = FigureStyle.LineWidth;
            fitted.MarkerSize = 0;
            var markers = Spaced(positions, MarkersPerCurve, integers: true)
                .Select(i => new Coordinates(LogAxis.Transform(i), curve.Losses[(int)i - 1])).ToArray();
            var observed = plot.Add.ScatterPoints(markers, colors[c]);
            observed.MarkerSize = FigureStyle.PointSize - 1;
            observed.MarkerShape = MarkerShape.FilledCircle;
            FigureStyle.Outline(observed.MarkerStyle, colors[c], Colors.White, 1);
            occupied.AddRange(line);
            occupied.AddRange(markers);
            legend.LineAndMarker($"step {curve.Step.ToString("N0", CultureInfo.InvariantCulture)} ({QuantityLabels.Count(ThreeDigits(curve.Tokens))} tokens)", colors[c], FigureStyle.LineWidth, MarkerShape.FilledCircle);
        }
        legend.Marker("observed", MarkerShape.FilledCircle, FigureStyle.Reference, Colors.White);
        legend.Line("fitted law", FigureStyle.Reference, FigureStyle.LineWidth);

        var right = LogAxis.Transform(positions);
        var xPad = 0.03 * right;
        var (bottom, top) = (occupied.Min(p => p.Y), occupied.Max(p => p.Y));
        var yPad = 0.05 * (top - bottom);
        legend.Show(plot, new AxisLimits(-xPad, right + xPad, bottom - yPad, top + yPad), occupied, LegendRoom.Vertical);
        return plot;
    }

    private static double ThreeDigits(double value) => double.Parse(value.ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    // Log-spaced positions from 1 to T: whole positions for markers, continuous ones for the fitted line.
    private static IEnumerable<double> Spaced(int positions, int count, bool integers)
    {
        var top = Math.Log(positions);
        var values = Enumerable.Range(0, count).Select(k => Math.Exp(top * k / (count - 1)));
        return integers ? values.Select(v => Math.Round(v)).Distinct() : values;
    }
}
