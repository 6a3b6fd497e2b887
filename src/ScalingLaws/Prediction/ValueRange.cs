namespace ScalingLaws.Prediction;

/// <summary>The smallest and largest value of a positive quantity over the rows a law was fitted to.</summary>
public record ValueRange(double Min, double Max)
{
    /// <summary>
    /// How far <paramref name="value"/> lies outside the range, as a factor ≥ 1: value/Max above it,
    /// Min/value below it, 1 inside.
    /// </summary>
    public double Factor(double value) => value > Max ? value / Max : value < Min ? Min / value : 1.0;

    /// <summary>log10(Max/Min): how many decades the fitted values span.</summary>
    public double SpanDecades => Math.Log10(Max / Min);
}
