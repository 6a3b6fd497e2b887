namespace ScalingLaws.Plotting;

/// <summary>
/// Builds the legend from explicit entries and puts it where it hides no data: the emptiest corner
/// of the data area; failing that, a corner made empty by widening one axis, if that costs the
/// data less room than a legend outside the frame on the right would; failing that, outside.
/// </summary>
/// <param name="dataHeightPixels">The height of the plot's data area: 470 px in a whole 800×600 figure, less in a panel.</param>
internal sealed class LegendPlacement(double dataHeightPixels = LegendPlacement.FullDataHeightPixels)
{
    // The data area of an 800×600 figure with these fonts, in pixels; the legend is sized against it.
    public const double FullDataHeightPixels = 470;
    private const double DataWidthPixels = 700;
    private const double Clearance = 0.035;

    private static readonly Alignment[] Corners = [Alignment.UpperRight, Alignment.UpperLeft, Alignment.LowerLeft, Alignment.LowerRight];

    private readonly List<LegendItem> items = [];

    public LegendPlacement Line(string label, Color color, float width)
    {
        items.Add(new LegendItem { LabelText = label, LineColor = color, LineWidth = width, MarkerShape = MarkerShape.None });
        return this;
    }

    /// <summary>A dashed-line entry drawn as explicit dashes (see <see cref="DashedLine"/>).</summary>
    public LegendPlacement Dashed(string label, Color color, float width)
    {
        var item = new LegendItem { LabelText = label, LineWidth = 0, MarkerShape = MarkerShape.FilledSquare, MarkerSize = 1 };
        item.MarkerStyle.CustomRenderer = new DashedLegendSymbol(color, width, FigureStyle.LegendSymbolWidth);
        items.Add(item);
        return this;
    }

    public LegendPlacement Marker(string label, MarkerShape shape, Color fill, Color outline, float size = FigureStyle.PointSize)
    {
        var item = new LegendItem { LabelText = label, LineWidth = 0, MarkerShape = shape, MarkerSize = size };
        FigureStyle.Outline(item.MarkerStyle, fill, outline);
        items.Add(item);
        return this;
    }

    public LegendPlacement LineAndMarker(string label, Color color, float width, MarkerShape shape, bool dashed = false)
    {
        var item = new LegendItem { LabelText = label, LineColor = color, LineWidth = dashed ? 0 : width, MarkerShape = shape, MarkerSize = FigureStyle.PointSize };
        FigureStyle.Outline(item.MarkerStyle, shape == MarkerShape.OpenCircle ? Colors.White : color, color);
        if (dashed)
            item.MarkerStyle.CustomRenderer = new DashedWithMarker(color, width, FigureStyle.LegendSymbolWidth, item.MarkerStyle);
        items.Add(item);
        return this;
    }

    /// <summary>Adds another placement's entries after these.</summary>
    public LegendPlacement Append(LegendPlacement other)
    {
        items.AddRange(other.items);
        return this;
    }

    /// <summary>Shows the legend and sets the axis limits, widened when that is what frees a corner.</summary>
    /// <param name="occupied">Every point drawn: data points and samples along curves, in plot coordinates.</param>
    /// <param name="outside">Whether the legend may go outside the frame; panels that share an axis keep it inside.</param>
    public void Show(Plot plot, AxisLimits limits, IReadOnlyCollection<Coordinates> occupied, LegendRoom room = LegendRoom.Any, bool outside = true)
    {
        if (items.Count == 0)
        {
            plot.Axes.SetLimits(limits);
            return;
        }
        Attach(plot);
        var (w, h) = Size();
        // Outside, the legend takes its own width from the data area: widening an axis by more than that is worse.
        var outsideCost = 1 / Math.Max(0.2, 1 - (w - Clearance));
        var best = Corners
            .SelectMany(corner => Candidates(corner, limits, w, h, occupied, room).Select(l => (corner, limits: l)))
            .Select(c => (c.corner, c.limits, cost: c.limits.HorizontalSpan / limits.HorizontalSpan * (c.limits.VerticalSpan / limits.VerticalSpan)))
            .Where(c => c.cost <= outsideCost || !outside)
            .OrderBy(c => c.cost)
            .ThenBy(c => Array.IndexOf(Corners, c.corner))
            .FirstOrDefault();
        if (best.cost > 0)
        {
            plot.Axes.SetLimits(best.limits);
            plot.ShowLegend(best.corner);
        }
        else
        {
            plot.Axes.SetLimits(limits);
            plot.ShowLegend(Edge.Right);
        }
    }

    /// <summary>Shows the legend outside the frame on the right, for figures whose every corner holds data by design.</summary>
    public void ShowOutside(Plot plot, AxisLimits limits)
    {
        plot.Axes.SetLimits(limits);
        if (items.Count == 0)
            return;
        Attach(plot);
        plot.ShowLegend(Edge.Right);
    }

    private void Attach(Plot plot)
    {
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.ManualItems.AddRange(items);
    }

    /// <summary>Limits for which the legend box in <paramref name="corner"/> holds no data: as they are, or with one side pushed out.</summary>
    private static IEnumerable<AxisLimits> Candidates(Alignment corner, AxisLimits limits, double w, double h, IReadOnlyCollection<Coordinates> occupied, LegendRoom room)
    {
        var (l, r, b, t) = (limits.Left, limits.Right, limits.Bottom, limits.Top);
        var upper = corner is Alignment.UpperLeft or Alignment.UpperRight;
        var right = corner is Alignment.UpperRight or Alignment.LowerRight;
        var inXBand = occupied.Where(c => right ? c.X >= r - w * (r - l) : c.X <= l + w * (r - l)).ToList();
        var inYBand = occupied.Where(c => upper ? c.Y >= t - h * (t - b) : c.Y <= b + h * (t - b)).ToList();

        if (!inXBand.Any(c => upper ? c.Y >= t - h * (t - b) : c.Y <= b + h * (t - b)))
        {
            yield return limits;
            yield break;
        }
        // Pushing a side out frees a band only if the legend is smaller than the data area along that axis.
        if (room.HasFlag(LegendRoom.Vertical) && h < 1)
        {
            yield return upper
                ? new AxisLimits(l, r, b, Math.Max(t, (inXBand.Max(c => c.Y) - h * b) / (1 - h)))
                : new AxisLimits(l, r, Math.Min(b, (inXBand.Min(c => c.Y) - h * t) / (1 - h)), t);
        }
        if ((room.HasFlag(LegendRoom.Horizontal) || (room.HasFlag(LegendRoom.Rightward) && right)) && w < 1)
        {
            yield return right
                ? new AxisLimits(l, Math.Max(r, (inYBand.Max(c => c.X) - w * l) / (1 - w)), b, t)
                : new AxisLimits(Math.Min(l, (inYBand.Min(c => c.X) - w * r) / (1 - w)), r, b, t);
        }
    }

    /// <summary>The legend's size, with clearance, as fractions of the data area, from measured text.</summary>
    private (double Width, double Height) Size()
    {
        using var paint = Paint.NewDisposablePaint();
        var style = new LabelStyle { FontSize = FigureStyle.FontSize.Legend, FontName = FigureStyle.FontName };
        var longest = items.Max(i => style.Measure(i.LabelText, paint).Width);
        var width = FigureStyle.LegendSymbolWidth + longest + 40;
        var height = items.Count * FigureStyle.FontSize.Legend * 1.45 + 20;
        return (width / DataWidthPixels + Clearance, height / dataHeightPixels + Clearance);
    }
}
