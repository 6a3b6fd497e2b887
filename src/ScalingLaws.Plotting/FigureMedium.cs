namespace ScalingLaws.Plotting;

/// <summary>Where a figure will be looked at, which sets its text size.</summary>
public enum FigureMedium
{
    /// <summary>Shrunk to one column of a paper: large text that stays readable at about 40% of its size.</summary>
    Paper,

    /// <summary>Looked at full size on a screen or a web page: text at 70% of the paper size.</summary>
    Screen,
}
