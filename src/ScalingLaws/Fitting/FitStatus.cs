namespace ScalingLaws.Fitting;

/// <summary>
/// How a fit ended, from best to worst. <see cref="Converged"/>, <see cref="AtBound"/> and <see cref="IllDetermined"/>
/// give parameters at a minimum, <see cref="StoppedEarly"/> a procedure's deliberate early stop (see <see cref="FitStatusExtensions.IsUsable"/>); which parameters sit on a bound is in
/// each <see cref="ParameterEstimate.Bound"/>.
/// </summary>
public enum FitStatus
{
    /// <summary>The best start reached a minimum whose curvature determines every free parameter.</summary>
    Converged,

    /// <summary>The best start reached a minimum with at least one parameter on its bound: the bound, not the data, sets it.</summary>
    AtBound,

    /// <summary>
    /// The best start reached a minimum, but the curvature there is flat in some direction: the data fix only a
    /// combination of parameters (predictions inside the data may still be good; the individual values are not).
    /// </summary>
    IllDetermined,

    /// <summary>No start converged; the best one stopped at its iteration limit, so its parameters are not a minimum.</summary>
    IterationLimit,

    /// <summary>No start converged or ran to its iteration limit with a finite objective: there is no result.</summary>
    NoStartConverged,

    /// <summary>
    /// A procedure that stops before the minimum by design (the Multi-Power Law's published AdamW run, with its step
    /// budget and patience): the values are the procedure's, usable as its authors published them, but not a minimum,
    /// so there is no curvature and no standard error.
    /// </summary>
    StoppedEarly,
}
