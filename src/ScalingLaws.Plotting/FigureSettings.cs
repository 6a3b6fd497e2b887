namespace ScalingLaws.Plotting;

/// <summary>
/// How a figure is written. The figures are laid out for 800×600 pixels; a larger figure is the same layout drawn larger,
/// text included (scaled by the smaller of width/800 and height/600). <see cref="Dpi"/> sets how many PNG pixels that size
/// holds (96 dpi: one pixel per unit; 192 dpi: twice as many each way); SVG keeps the size in CSS pixels and PDF in points
/// (72 per 96 pixels, the CSS inch).
/// </summary>
public sealed record FigureSettings
{
    /// <summary>The size every figure's layout is tuned for.</summary>
    public const int ReferenceWidth = 800;

    /// <summary>The size every figure's layout is tuned for.</summary>
    public const int ReferenceHeight = 600;

    /// <summary>The resolution at which one unit of <see cref="Width"/> is one pixel (the CSS pixel).</summary>
    public const int BaseDpi = 96;

    private const double ScreenTextScale = 0.7;

    /// <summary>Width in pixels at 96 dpi.</summary>
    public int Width { get; init; } = ReferenceWidth;

    /// <summary>Height in pixels at 96 dpi.</summary>
    public int Height { get; init; } = ReferenceHeight;

    /// <summary>Resolution of a PNG; 96 keeps one pixel per unit of size.</summary>
    public int Dpi { get; init; } = BaseDpi;

    /// <summary>A factor on every text size, on top of <see cref="Style"/>'s.</summary>
    public double FontScale { get; init; } = 1;

    /// <summary>Paper (default) or screen text sizes.</summary>
    public FigureMedium Style { get; init; } = FigureMedium.Paper;

    /// <summary>The horizontal axis's span instead of the figure's own; on a panelled figure, every panel's.</summary>
    public AxisRange? XLimits { get; init; }

    /// <summary>The vertical axis's span instead of the figure's own; on a panelled figure, the first (main) panel's.</summary>
    public AxisRange? YLimits { get; init; }

    /// <summary>How much larger than its 800×600 layout the figure is drawn.</summary>
    internal float SizeScale => (float)Math.Min((double)Width / ReferenceWidth, (double)Height / ReferenceHeight);

    /// <summary>The factor on text sizes from <see cref="Style"/> and <see cref="FontScale"/>.</summary>
    internal float TextScale => (float)(FontScale * (Style == FigureMedium.Screen ? ScreenTextScale : 1));

    /// <summary>A PNG's size in pixels: <see cref="Width"/> and <see cref="Height"/> at <see cref="Dpi"/>.</summary>
    public (int Width, int Height) Pixels => (ToPixels(Width), ToPixels(Height));

    private int ToPixels(int size) => Math.Max(1, (int)Math.Round((double)size * Dpi / BaseDpi));
}
