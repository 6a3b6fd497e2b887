using ScalingLaws.IO.LawFiles;

namespace ScalingLaws.Plotting;

/// <summary>
/// Renders a plot to PNG, SVG or PDF by file extension and writes it whole or not at all, through
/// <see cref="AtomicFile"/> (a temporary file in the target folder, then renamed over the target).
/// </summary>
internal static class FigureFile
{
    public static SavedFigure Save(Plot plot, string path, FigureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var format = Check(path, settings);
        return Write(path, format, FigureRender.Bytes(plot, format, settings), settings);
    }

    /// <summary>Panels stacked in one image (e.g. a loss curve above its learning-rate schedule).</summary>
    public static SavedFigure Save(Multiplot multiplot, string path, FigureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(multiplot);
        var format = Check(path, settings);
        return Write(path, format, FigureRender.Bytes(multiplot, format, settings), settings);
    }

    private static FigureFormat Check(string path, FigureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(path))
            throw new ScalingLawsException("no output file given for the figure; name a .png, .svg or .pdf file.");
        if (settings.Width <= 0 || settings.Height <= 0)
            throw new ScalingLawsException($"{path}: figure size must be positive, got {settings.Width}×{settings.Height} pixels.");
        if (settings.Dpi <= 0 || !(settings.FontScale > 0) || !double.IsFinite(settings.FontScale))
            throw new ScalingLawsException($"{path}: resolution and font scale must be positive, got {settings.Dpi} dpi and ×{settings.FontScale}.");
        return FormatOf(path);
    }

    private static SavedFigure Write(string path, FigureFormat format, byte[] bytes, FigureSettings settings)
    {
        AtomicFile.Write(path, temporary => File.WriteAllBytes(temporary, bytes));
        var (width, height) = format == FigureFormat.Png ? settings.Pixels : (settings.Width, settings.Height);
        return new SavedFigure(Path.GetFullPath(path), format, bytes.LongLength, width, height);
    }

    public static FigureFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => FigureFormat.Png,
        ".svg" => FigureFormat.Svg,
        ".pdf" => FigureFormat.Pdf,
        var ext => throw new ScalingLawsException(
            $"{path}: unknown image format '{(ext.Length == 0 ? "(no extension)" : ext)}'; use a .png, .svg or .pdf file name."),
    };
}
