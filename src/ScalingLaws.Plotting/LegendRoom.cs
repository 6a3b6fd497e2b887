namespace ScalingLaws.Plotting;

/// <summary>Which axis limits <see cref="LegendPlacement"/> may widen to make room for the legend inside the frame.</summary>
[Flags]
internal enum LegendRoom
{
    None = 0,
    Vertical = 1,
    Horizontal = 2,
    Any = Vertical | Horizontal,

    /// <summary>Only the right side may move out, e.g. for a step axis that must not go below 0.</summary>
    Rightward = 4,
}
