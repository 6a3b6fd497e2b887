namespace ScalingLaws.Fitting;

/// <summary>Per-parameter estimates in natural units from θ and the curvature's covariance.</summary>
internal static class Estimates
{
    public static IEnumerable<ParameterEstimate> Of(ParameterLayout layout, double[] theta, FitCurvature curvature)
    {
        for (var j = 0; j < layout.ParameterCount; j++)
        {
            var parameter = layout.Parameters[j];
            var value = parameter.ToNatural(theta[j]);
            var slot = layout.SlotOf(j);
            var error = slot >= 0 ? curvature.StandardError(slot) : double.NaN;
            // The delta method: for θ = ln p, SE(p) = p·SE(θ).
            var naturalError = parameter.Scale == ParameterScale.Log ? Math.Abs(value) * error : error;
            var bound = layout.Roles[j] == ParameterRole.Free ? layout.BoundsOf(slot).HitBy(theta[j]) : BoundHit.None;
            var half = curvature.Multiplier95 * error;
            yield return new ParameterEstimate(parameter.Name, value, naturalError, layout.Roles[j], bound, parameter.ToNatural(theta[j] - half), parameter.ToNatural(theta[j] + half));
        }
    }
}
