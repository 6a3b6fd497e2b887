namespace ScalingLaws.Plotting;

/// <summary>
/// Axis limits a figure cannot show: not two finite numbers, the lower first, or, on a logarithmic axis, not above zero.
/// The axis and the cause are kept typed so that a front end words it with its own setting (the command line's <c>--xlim</c>).
/// </summary>
public sealed class AxisLimitsException(bool horizontal, AxisRange range, bool logarithmic) : ScalingLawsException(
    $"{(horizontal ? "horizontal" : "vertical")} axis limits {range.Low:G4} to {range.High:G4}: " +
    (logarithmic ? "the axis is logarithmic; give limits above zero." : "give two finite numbers, the lower first."))
{
    /// <summary>True for the horizontal axis (<see cref="FigureSettings.XLimits"/>), false for the vertical one.</summary>
    public bool Horizontal { get; } = horizontal;

    /// <summary>The limits asked for.</summary>
    public AxisRange Range { get; } = range;

    /// <summary>True when the limits are ordered and finite but the axis is logarithmic and the lower one not above zero.</summary>
    public bool Logarithmic { get; } = logarithmic;
}
