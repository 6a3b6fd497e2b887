namespace ScalingLaws.Plotting;

/// <summary>The image formats <see cref="ScalingPlots.Save(ScottPlot.Plot, string, FigureSettings)"/> writes, chosen by file extension.</summary>
public enum FigureFormat
{
    /// <summary>.png: a raster image.</summary>
    Png,

    /// <summary>.svg: vector graphics, text kept as text.</summary>
    Svg,

    /// <summary>.pdf: one vector page, text kept as text in embedded fonts (what papers include).</summary>
    Pdf,
}
