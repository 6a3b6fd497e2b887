namespace ScalingLaws.Fitting;

/// <summary>What a status means for whoever uses the parameters.</summary>
public static class FitStatusExtensions
{
    /// <summary>True when the parameters are a minimum of the objective (possibly ill-determined), so predictions can be used.</summary>
    public static bool IsUsable(this FitStatus status) => status is FitStatus.Converged or FitStatus.AtBound or FitStatus.IllDetermined;
}
