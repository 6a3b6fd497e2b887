using System.Text;
using ScottPlot;

namespace ScalingLaws.Plotting;

/// <summary>
/// Renders a plot to PNG or SVG by file extension and writes it whole or not at all: the image goes
/// to a temporary file in the target folder, then is renamed over the target.
/// </summary>
internal static class FigureFile
{
    public static SavedFigure Save(Plot plot, string path, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var format = Check(path, width, height);
        var bytes = format switch
        {
            FigureFormat.Png => plot.GetImageBytes(width, height, ImageFormat.Png),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(plot.GetSvgXml(width, height)),
        };
        return Write(path, format, bytes, width, height);
    }

    /// <summary>Panels stacked in one image (e.g. a loss curve above its learning-rate schedule).</summary>
    public static SavedFigure Save(Multiplot multiplot, string path, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(multiplot);
        var format = Check(path, width, height);
        var bytes = format == FigureFormat.Png
            ? multiplot.Render(width, height).GetImageBytes(ImageFormat.Png)
            : InlineSvg.MultiplotSvg(multiplot, width, height);
        return Write(path, format, bytes, width, height);
    }

    private static FigureFormat Check(string path, int width, int height)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new ScalingLawsException("no output file given for the figure; name a .png or .svg file.");
        if (width <= 0 || height <= 0)
            throw new ScalingLawsException($"{path}: figure size must be positive, got {width}×{height} pixels.");
        return FormatOf(path);
    }

    private static SavedFigure Write(string path, FigureFormat format, byte[] bytes, int width, int height)
    {

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            var reason = Directory.Exists(folder) ? "the folder is not writable or the file is in use" : "the folder does not exist";
            throw new ScalingLawsException($"{path}: cannot write the figure ({reason}); choose a writable folder.");
        }
        return new SavedFigure(full, format, bytes.LongLength, width, height);
    }

    public static FigureFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => FigureFormat.Png,
        ".svg" => FigureFormat.Svg,
        var ext => throw new ScalingLawsException(
            $"{path}: unknown image format '{(ext.Length == 0 ? "(no extension)" : ext)}'; use a .png or .svg file name."),
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the target was not touched.
        }
    }
}
