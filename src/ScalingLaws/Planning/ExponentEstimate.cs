using System.Globalization;
using MathNet.Numerics.Distributions;
using ScalingLaws.Prediction;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Planning;

/// <summary>
/// The compute-optimal exponent a (N_opt ∝ C^a) from one approach, with its 95% interval (NaN bounds
/// when there is none) and where the interval comes from.
/// </summary>
public sealed record ExponentEstimate(double Value, double Lower, double Upper, string IntervalSource)
{
    private const double Normal95 = 1.959964;

    /// <summary>Whether the interval is finite.</summary>
    public bool HasInterval => double.IsFinite(Lower) && double.IsFinite(Upper);

    /// <summary>
    /// Approach 2's a: the bootstrap's percentile interval when there is one, else the t interval of the
    /// slope of ln N_opt against ln C through the vertices (none with fewer than 3 vertices).
    /// </summary>
    public static ExponentEstimate FromIsoFlop(IsoFlopResult result, IsoFlopBootstrapResult? bootstrap)
    {
        if (bootstrap is { ParamsExponent: { } spread } && double.IsFinite(spread.Lower))
            return new(result.ParamsExponent, spread.Lower, spread.Upper, "bootstrap");
        var vertices = result.Budgets.Where(b => b.Included).ToList();
        var n = vertices.Count;
        if (n < 3)
            return new(result.ParamsExponent, double.NaN, double.NaN, "none (fewer than 3 vertices)");
        var error = LogLinearFit.Of([.. vertices.Select(b => new[] { b.Flops })], [.. vertices.Select(b => b.Params)]).ExponentErrors[0];
        var half = StudentT.InvCDF(0, 1, n - 2, 0.975) * error;
        return new(result.ParamsExponent, result.ParamsExponent - half, result.ParamsExponent + half,
            $"regression through the {n} vertices");
    }

    /// <summary>
    /// Approach 3's a = β/(α+β) from a fitted Chinchilla law: the bootstrap's percentile interval when there
    /// is one, else the delta method from the fit's covariance of α and β. Null for any other law.
    /// </summary>
    public static ExponentEstimate? FromFit(FitResult fit, BootstrapResult? bootstrap)
    {
        if (fit.Law is not ChinchillaLaw || DerivedQuantities.For(fit.Law).FirstOrDefault(q => q.Name == "a") is not { } a)
            return null;
        var value = a.Compute(fit.Values);
        if (!double.IsFinite(value))
            return null;
        if (bootstrap?.Derived(a.Compute) is { } spread && double.IsFinite(spread.Lower))
            return new(value, spread.Lower, spread.Upper, "bootstrap");
        var error = DeltaMethodError(fit);
        return double.IsFinite(error)
            ? new(value, value - Normal95 * error, value + Normal95 * error, "delta method")
            : new(value, double.NaN, double.NaN, "none (α or β not determined by the fit)");
    }

    // a = β/(α+β): ∂a/∂α = −β/(α+β)², ∂a/∂β = α/(α+β)²; α and β are fitted on their natural scale.
    private static double DeltaMethodError(FitResult fit)
    {
        if (ParameterUncertainty.Covariance(fit) is not { } covariance)
            return double.NaN;
        var (alpha, beta) = (fit.Values[ChinchillaLaw.Alpha], fit.Values[ChinchillaLaw.Beta]);
        var sum2 = (alpha + beta) * (alpha + beta);
        var (ga, gb) = (-beta / sum2, alpha / sum2);
        var variance = ga * ga * covariance[ChinchillaLaw.Alpha, ChinchillaLaw.Alpha]
            + 2 * ga * gb * covariance[ChinchillaLaw.Alpha, ChinchillaLaw.Beta]
            + gb * gb * covariance[ChinchillaLaw.Beta, ChinchillaLaw.Beta];
        return variance >= 0 ? Math.Sqrt(variance) : double.NaN;
    }

    /// <inheritdoc/>
    public override string ToString() => HasInterval
        ? string.Create(CultureInfo.InvariantCulture, $"{Value:0.000} [{Lower:0.000}, {Upper:0.000}]")
        : string.Create(CultureInfo.InvariantCulture, $"{Value:0.000}");
}
