namespace ScalingLaws.Prediction;

/// <summary>
/// A predictive 95% interval for one loss: the uncertainty of the parameters plus the law's own
/// extrapolation error at this distance from the data, symmetric on ln L around the prediction unless its upper end
/// reaches up to the loss at the edge of the data (<see cref="UnseenFloor"/>).
/// </summary>
/// <param name="LogHalfWidth">Half-width on ln L: half of ln(Upper/Lower).</param>
public sealed record PredictiveInterval(double Lower, double Upper, double LogHalfWidth, ExtrapolationDistance Distance)
{
    /// <summary>Whether the upper end was raised to the loss at the edge of the data, where the fit has not seen the loss level off (<see cref="UnseenFloor"/>).</summary>
    public bool ReachesEdge { get; init; }

    /// <summary>Whether <paramref name="loss"/> lies inside the interval.</summary>
    public bool Contains(double loss) => loss >= Lower && loss <= Upper;

    /// <summary>Half the width relative to the prediction: (Upper − Lower) / 2 / L̂ for an interval symmetric on ln L.</summary>
    public double RelativeHalfWidth => Math.Sinh(LogHalfWidth);

    /// <summary>This interval with its upper end raised to <paramref name="upper"/>.</summary>
    public PredictiveInterval ReachingUpTo(double upper) =>
        this with { Upper = upper, LogHalfWidth = Math.Log(upper / Lower) / 2, ReachesEdge = true };
}
