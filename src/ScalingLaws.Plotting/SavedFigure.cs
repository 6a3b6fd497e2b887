namespace ScalingLaws.Plotting;

/// <summary>What <see cref="ScalingPlots.Save(ScottPlot.Plot, string, FigureSettings)"/> wrote.</summary>
/// <param name="Path">The full path of the file.</param>
/// <param name="Format">The format chosen from the extension.</param>
/// <param name="Bytes">The file's size.</param>
/// <param name="Width">Width in pixels (a PNG's at its resolution; an SVG's or PDF's at 96 dpi).</param>
/// <param name="Height">Height in pixels, as <paramref name="Width"/>.</param>
public sealed record SavedFigure(string Path, FigureFormat Format, long Bytes, int Width, int Height);
