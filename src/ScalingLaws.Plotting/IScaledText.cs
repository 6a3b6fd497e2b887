namespace ScalingLaws.Plotting;

/// <summary>
/// A plottable or panel that draws text of its own, at sizes ScottPlot's label styles do not hold, so
/// <see cref="ScaledText"/> reaches it through this factor (1 at the figure's own sizes).
/// </summary>
internal interface IScaledText
{
    float TextScale { get; set; }
}
