namespace ScalingLaws.Fitting;

/// <summary>
/// A closed interval [<see cref="Lower"/>, <see cref="Upper"/>] for one parameter on its fitting scale, enforced by a
/// change of variables so that an unconstrained solver can be used (lmfit's <c>setup_bounds</c>, after MINUIT):
/// <list type="bullet">
/// <item>both bounds: θ = lower + (sin u + 1)(upper − lower)/2;</item>
/// <item>lower only: θ = lower − 1 + √(u² + 1);</item>
/// <item>upper only: θ = upper + 1 − √(u² + 1);</item>
/// <item>none: θ = u.</item>
/// </list>
/// The solver sees u; gradients are scaled by dθ/du (lmfit's <c>scale_gradient</c>). dθ/du vanishes on the bound,
/// so an optimum beyond a bound becomes a stationary point on it.
/// </summary>
internal readonly record struct ParameterBounds(double Lower, double Upper)
{
    /// <summary>No bounds.</summary>
    public static ParameterBounds None { get; } = new(double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>Relative distance from a bound (of the interval's width, or of max(1, |bound|)) within which a value counts as on it.</summary>
    public const double OnBoundTolerance = 1e-6;

    // Starts are moved this far inside a bound: on the bound itself dθ/du = 0 and the solver could not leave it.
    private const double StartMargin = 1e-3;

    /// <summary>Whether both bounds are infinite.</summary>
    public bool IsNone => double.IsNegativeInfinity(Lower) && double.IsPositiveInfinity(Upper);

    private bool HasLower => !double.IsNegativeInfinity(Lower);

    private bool HasUpper => !double.IsPositiveInfinity(Upper);

    /// <summary>θ from the solver's coordinate u.</summary>
    public double ToBounded(double u) => (HasLower, HasUpper) switch
    {
        (true, true) => Lower + (Math.Sin(u) + 1) * (Upper - Lower) / 2,
        (true, false) => Lower - 1 + Math.Sqrt(u * u + 1),
        (false, true) => Upper + 1 - Math.Sqrt(u * u + 1),
        _ => u,
    };

    /// <summary>dθ/du at u: multiplies ∂f/∂θ into ∂f/∂u.</summary>
    public double Derivative(double u) => (HasLower, HasUpper) switch
    {
        (true, true) => Math.Cos(u) * (Upper - Lower) / 2,
        (true, false) => u / Math.Sqrt(u * u + 1),
        (false, true) => -u / Math.Sqrt(u * u + 1),
        _ => 1,
    };

    /// <summary>The solver's coordinate u for a start θ, which is first moved just inside the bounds.</summary>
    public double ToUnbounded(double theta)
    {
        var inside = Inside(theta);
        return (HasLower, HasUpper) switch
        {
            (true, true) => Math.Asin(Math.Clamp(2 * (inside - Lower) / (Upper - Lower) - 1, -1, 1)),
            (true, false) => Math.Sqrt(Math.Max(0, (inside - Lower + 1) * (inside - Lower + 1) - 1)),
            (false, true) => Math.Sqrt(Math.Max(0, (Upper - inside + 1) * (Upper - inside + 1) - 1)),
            _ => theta,
        };
    }

    /// <summary>Which bound, if any, <paramref name="theta"/> sits on.</summary>
    public BoundHit HitBy(double theta)
    {
        if (HasLower && theta - Lower <= OnBoundTolerance * Scale(Lower))
            return BoundHit.Lower;
        if (HasUpper && Upper - theta <= OnBoundTolerance * Scale(Upper))
            return BoundHit.Upper;
        return BoundHit.None;
    }

    /// <summary>True when θ lies within the interval.</summary>
    public bool Contains(double theta) => theta >= Lower && theta <= Upper;

    private double Inside(double theta)
    {
        if (HasLower && HasUpper)
        {
            var margin = StartMargin * (Upper - Lower);
            return Math.Clamp(theta, Lower + margin, Upper - margin);
        }
        if (HasLower)
            return Math.Max(theta, Lower + StartMargin * Math.Max(1, Math.Abs(Lower)));
        return HasUpper ? Math.Min(theta, Upper - StartMargin * Math.Max(1, Math.Abs(Upper))) : theta;
    }

    private double Scale(double bound) => HasLower && HasUpper ? Upper - Lower : Math.Max(1, Math.Abs(bound));
}
