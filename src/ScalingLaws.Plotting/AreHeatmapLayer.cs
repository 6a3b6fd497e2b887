namespace ScalingLaws.Plotting;

/// <summary>
/// Draws the ARE heatmap in pixel space, so text and line spacing fit whatever size the figure is
/// saved at: cell fills, hatched empty cells, the step contours (side by side where levels share a
/// boundary, with a halo over dark cells), the printed values, and contour labels placed clear of them.
/// Cell (row i, column j) covers [j − ½, j + ½] × [i − ½, i + ½] in plot coordinates.
/// </summary>
internal sealed class AreHeatmapLayer : IPlottable, IHasColorAxis, IScaledText
{
    private const float LabelFontSize = 16;

    /// <summary>Room kept around each printed value, in pixels, that no contour label may take.</summary>
    private const float TextClearance = 4;

    private static readonly Color EmptyFill = Color.FromHex("#eeeeee");
    private static readonly Color EmptyHatch = Color.FromHex("#bdbdbd");
    private static readonly Color EmptyText = Color.FromHex("#555555");

    private readonly AreGrid grid;
    private readonly AreColorScale scale;
    private readonly double[] levels;
    private readonly IReadOnlyList<StepContours.Chain>[] contours;

    public AreHeatmapLayer(AreGrid grid, AreColorScale scale, IReadOnlyList<double> levels)
    {
        this.grid = grid;
        this.scale = scale;
        this.levels = [.. levels];
        contours = [.. this.levels.Select(level => StepContours.Trace(Membership(level)))];
    }

    public bool IsVisible { get; set; } = true;

    /// <summary>The factor on the printed values and contour labels for this render (style and font scale).</summary>
    public float TextScale { get; set; } = 1;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public IColormap Colormap
    {
        get => scale;
        set => throw new NotSupportedException("the ARE heatmap's colour scale is fixed when the figure is made.");
    }

    /// <summary>The colour bar's range, in percent.</summary>
    public ScottPlot.Range GetRange() => new(0, scale.Top * 100);

    /// <summary>The contour chains of each level, for tests.</summary>
    internal IReadOnlyList<StepContours.Chain> Contours(int level) => contours[level];

    /// <summary>The contour labels drawn at the last render: text and box in pixels.</summary>
    internal List<(string Text, PixelRect Box)> PlacedLabels { get; } = [];

    /// <summary>The printed values' boxes at the last render, with their clearance, in pixels.</summary>
    internal List<PixelRect> ValueBoxes { get; } = [];

    public AxisLimits GetAxisLimits() => new(-0.5, grid.Columns - 0.5, -0.5, grid.Rows - 0.5);

    private bool?[,] Membership(double level)
    {
        var below = new bool?[grid.Rows, grid.Columns];
        for (var i = 0; i < grid.Rows; i++)
        {
            for (var j = 0; j < grid.Columns; j++)
                below[i, j] = grid[i, j] is { } are ? AreHeatmapFigure.Below(are, level) : null;
        }
        return below;
    }

    public void Render(RenderPack rp)
    {
        var canvas = rp.Canvas;
        var paint = rp.Paint;
        var cells = Cells();
        var texts = Texts();
        var cellWidth = cells[0, 0].Width;
        var cellHeight = cells[0, 0].Height;

        for (var i = 0; i < grid.Rows; i++)
        {
            for (var j = 0; j < grid.Columns; j++)
            {
                if (grid[i, j] is { } are)
                {
                    Drawing.FillRectangle(canvas, cells[i, j], paint, new FillStyle { Color = scale.ColorOf(are), AntiAlias = false });
                    continue;
                }
                // An empty cell keeps a white rim, so empty neighbours stay apart and none passes for a light fill.
                var inner = cells[i, j].Contract(1.5f);
                Drawing.FillRectangle(canvas, inner, paint, new FillStyle { Color = EmptyFill, AntiAlias = false });
                Hatch(canvas, paint, inner);
            }
        }

        // The contour lines, on the cell boundaries.
        var contourLines = new AreContourLines(grid, scale, contours, Axes);
        var lines = contourLines.Lines();
        ContourStrokes.Draw(canvas, paint, lines.SelectMany((l, level) => l.Select(line => (level, line))), contourLines.Halos());

        // The values, sized to fit between the contour lines of the narrowest cell.
        var inset = 2 * ((levels.Length - 1) / 2f * AreContourLines.LevelSpacing + ContourStrokes.Width / 2 + 1.5f);
        var fontSize = FitFontSize(paint, texts, cellWidth - inset, cellHeight - inset);
        var textBoxes = ValueBoxes;
        textBoxes.Clear();
        for (var i = 0; i < grid.Rows; i++)
        {
            for (var j = 0; j < grid.Columns; j++)
            {
                var empty = grid[i, j] is null;
                var style = empty
                    ? CentredText.Style(fontSize * 1.5f, EmptyText)
                    : CentredText.Style(fontSize, AreColorScale.TextOn(scale.ColorOf(grid[i, j]!.Value)));
                var ink = CentredText.InkBox(style, texts[i, j], paint, cells[i, j].Center);
                if (empty)
                {
                    // A patch of plain fill behind the dash, so the hatching does not run through it.
                    Drawing.FillRectangle(canvas, ink.Expand(new PixelPadding(6, 6, 6, 6)), paint, new FillStyle { Color = EmptyFill });
                }
                CentredText.Draw(canvas, paint, style, texts[i, j], cells[i, j].Center);
                textBoxes.Add(ink.Expand(TextClearance));
            }
        }

        PlacedLabels.Clear();
        PlacedLabels.AddRange(ContourLabels.Place(canvas, paint, rp.DataRect, levels, contours, lines, textBoxes, Math.Min(LabelFontSize * TextScale, fontSize)));
    }

    private PixelRect[,] Cells()
    {
        var cells = new PixelRect[grid.Rows, grid.Columns];
        for (var i = 0; i < grid.Rows; i++)
        {
            for (var j = 0; j < grid.Columns; j++)
            {
                cells[i, j] = new PixelRect(
                    left: Axes.GetPixelX(j - 0.5),
                    right: Axes.GetPixelX(j + 0.5),
                    bottom: Axes.GetPixelY(i - 0.5),
                    top: Axes.GetPixelY(i + 0.5));
            }
        }
        return cells;
    }

    private string[,] Texts()
    {
        var texts = new string[grid.Rows, grid.Columns];
        for (var i = 0; i < grid.Rows; i++)
        {
            for (var j = 0; j < grid.Columns; j++)
                texts[i, j] = grid[i, j] is { } are ? AreHeatmapFigure.Percent(are) : "–";
        }
        return texts;
    }

    /// <summary>The annotation size (times the text scale), shrunk (not below 8 px) until the widest value fits the room.</summary>
    private float FitFontSize(Paint paint, string[,] texts, float width, float height)
    {
        var style = CentredText.Style(FigureStyle.FontSize.Annotation * TextScale, FigureStyle.Ink);
        var widest = texts.Cast<string>().Max(t => style.Measure(t, paint).Width);
        var tallest = style.Measure("0", paint).Height;
        var shrink = Math.Min(1, Math.Min(width / Math.Max(widest, 1), height / Math.Max(tallest, 1)));
        return Math.Max(8, FigureStyle.FontSize.Annotation * TextScale * shrink);
    }

    /// <summary>Diagonal hatching, drawn as plain segments (Skia's SVG backend drops shader hatches).</summary>
    private static void Hatch(SkiaSharp.SKCanvas canvas, Paint paint, PixelRect cell)
    {
        const float spacing = 9;
        var style = new LineStyle(1.2f, EmptyHatch);
        var (w, h) = (cell.Width, cell.Height);
        for (var t = -h + spacing / 2; t < w; t += spacing)
        {
            // The line x = Left + t + u, y = Bottom − u for u in [0, h], kept inside the cell.
            var (u0, u1) = (Math.Max(0, -t), Math.Min(h, w - t));
            if (u1 - u0 < 1)
                continue;
            Drawing.DrawLine(canvas, paint, new Pixel(cell.Left + t + u0, cell.Bottom - u0), new Pixel(cell.Left + t + u1, cell.Bottom - u1), style);
        }
    }
}
