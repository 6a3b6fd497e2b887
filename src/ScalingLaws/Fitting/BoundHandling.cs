namespace ScalingLaws.Fitting;

/// <summary>How the solver keeps bounded parameters within their bounds.</summary>
public enum BoundHandling
{
    /// <summary>
    /// A change of variables (<see cref="ParameterBounds"/>), with gradients scaled by its derivative: any solver, but an
    /// optimum on a bound is approached only asymptotically, since the derivative vanishes there.
    /// </summary>
    Transform,

    /// <summary>
    /// The box itself, for Levenberg–Marquardt only: each step is solved on the parameters not held by a bound and the
    /// trial point projected onto the box, so an optimum beyond a bound ends exactly on it (as scipy's bounded
    /// least squares does).
    /// </summary>
    Projected,
}
