namespace ScalingLaws.Fitting;

/// <summary>What a status means for whoever uses the parameters.</summary>
public static class FitStatusExtensions
{
    /// <summary>
    /// True when the parameters are a minimum of the objective (possibly ill-determined), or a published procedure's
    /// deliberate early stop, so predictions can be used.
    /// </summary>
    public static bool IsUsable(this FitStatus status) => status is FitStatus.Converged or FitStatus.AtBound or FitStatus.IllDetermined or FitStatus.StoppedEarly;
}
