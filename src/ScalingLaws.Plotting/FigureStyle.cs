namespace ScalingLaws.Plotting;

/// <summary>
/// The look shared by every figure: font sizes that stay readable when an 800×600 image is
/// shrunk to one paper column, light grids, a black frame, and colours that survive grey printing.
/// </summary>
internal static class FigureStyle
{
    /// <summary>The text sizes of a figure, in pixels of the 800×600 layout.</summary>
    public sealed record FontSizes(float Title, float AxisLabel, float TickLabel, float Legend, float Annotation);

    public static FontSizes FontSize { get; } = new(Title: 26, AxisLabel: 24, TickLabel: 20, Legend: 19, Annotation: 18);

    public const float LegendSymbolWidth = 36;

    public const float PointSize = 9;
    public const float LineWidth = 2.5f;
    public const float ThickLineWidth = 4.5f;

    /// <summary>Text and frame colour: near-black reads as black in print and is softer on screen.</summary>
    public static readonly Color Ink = Color.FromHex("#222222");

    /// <summary>The thick line of the compute-optimal frontier (Tableau red; mid-grey in greyscale, told apart by width).</summary>
    public static readonly Color Frontier = Color.FromHex("#d62728");

    /// <summary>Observed runs where there is one series (Tableau blue).</summary>
    public static readonly Color Runs = Color.FromHex("#1f77b4");

    /// <summary>Reference lines and generic legend entries (y = x, "parabola"): dark grey.</summary>
    public static readonly Color Reference = Color.FromHex("#555555");

    /// <summary>A sans-serif family that is installed (ScottPlot's own default resolves to a serif on many Linux machines).</summary>
    public static readonly string FontName =
        new[] { "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Noto Sans" }.FirstOrDefault(f => Fonts.GetTypeface(f, bold: false, italic: false)?.FamilyName == f) ?? Fonts.Default;

    /// <summary>Title, axis labels, fonts, ticks and grid; linear tick labels with one number of decimals per axis.</summary>
    public static void Apply(Plot plot, string title, string xLabel, string yLabel)
    {
        plot.Title(title, FontSize.Title);
        plot.Axes.Title.Label.ForeColor = Ink;
        plot.XLabel(xLabel, FontSize.AxisLabel);
        plot.YLabel(yLabel, FontSize.AxisLabel);
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.Label.ForeColor = Ink;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = FontSize.TickLabel;
            axis.TickLabelStyle.ForeColor = Ink;
            axis.MajorTickStyle.Length = 7;
            axis.MajorTickStyle.Width = 1.5f;
            axis.MajorTickStyle.Color = Ink;
            axis.MinorTickStyle.Length = 4;
            axis.MinorTickStyle.Width = 1;
            axis.MinorTickStyle.Color = Ink;
            axis.FrameLineStyle.Color = Ink;
            axis.FrameLineStyle.Width = 1.5f;
        }
        foreach (var axis in new IAxis[] { plot.Axes.Top, plot.Axes.Right })
        {
            axis.FrameLineStyle.Color = Ink;
            axis.FrameLineStyle.Width = 1.5f;
        }
        plot.Grid.MajorLineColor = Color.FromHex("#e3e3e3");
        plot.Grid.MajorLineWidth = 1;
        plot.Grid.MinorLineWidth = 0;
        plot.Axes.Bottom.TickGenerator = new LinearTickGenerator();
        plot.Axes.Left.TickGenerator = new LinearTickGenerator();
        plot.Font.Set(FontName);
        plot.Legend.FontName = FontName;
        plot.Legend.FontSize = FontSize.Legend;
        plot.Legend.FontColor = Ink;
        plot.Legend.OutlineColor = Color.FromHex("#bbbbbb");
        plot.Legend.BackgroundColor = Colors.White.WithAlpha(0.92);
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.SymbolWidth = LegendSymbolWidth;
    }

    /// <summary>Fill and outline of a marker; filled shapes get a thin outline when it differs from the fill.</summary>
    public static void Outline(MarkerStyle marker, Color fill, Color outline, float width = 1.5f)
    {
        marker.FillColor = fill;
        marker.LineColor = outline;
        marker.LineWidth = width;
        marker.OutlineColor = outline;
        marker.OutlineWidth = fill == outline ? 0 : width;
    }

    /// <summary>A text label in the figure's font.</summary>
    public static ScottPlot.Plottables.Text Label(Plot plot, string text, Coordinates at)
    {
        var label = plot.Add.Text(text, at);
        label.LabelFontName = FontName;
        label.LabelFontSize = FontSize.Annotation;
        label.LabelFontColor = Ink;
        return label;
    }

    /// <summary>
    /// <paramref name="count"/> colours for ordered series (compute budgets), small to large, from
    /// viridis: perceptually even and monotone in lightness, so order survives greyscale. The
    /// yellow end is cut off because it vanishes on white paper.
    /// </summary>
    public static Color[] Sequential(int count)
    {
        var map = new ScottPlot.Colormaps.Viridis();
        if (count == 1)
            return [map.GetColor(0.35)];
        return [.. Enumerable.Range(0, count).Select(i => map.GetColor(0.8 * i / (count - 1)))];
    }
}
