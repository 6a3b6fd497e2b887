using ScalingLaws.Fitting;

namespace ScalingLaws.Estimation;

/// <summary>
/// The study's bounds α, β ≥ 0. scipy's curve_fit enforces them inside its trust region; here a fit
/// that ends with a negative exponent is refitted
/// with that exponent held at its bound, 0, from the same start. That is where a bounded
/// least-squares optimum lies when the unbounded one is outside the feasible region (the KKT point
/// on the face α = 0 or β = 0). At most both exponents are pinned, so this ends after two refits.
/// The engine's own bounds (a transformed coordinate) are not used here: Levenberg–Marquardt from the study's single
/// start then approaches the face only asymptotically and stops at its iteration limit, and the OPT findings change
/// (tried 2026-12-06: 38 instead of 40 cells agreeing with the 10B-token cut).
/// </summary>
internal static class ExponentBounds
{
    private static readonly string[] Exponents = ["alpha", "beta"];

    public static FitResult Fit(FitOptions options, Func<FitOptions, FitResult> fit)
    {
        while (true)
        {
            var result = fit(options);
            var negative = Exponents.Where(name => !options.Constraints.Fixed.ContainsKey(name) && result[name] < 0).ToArray();
            if (negative.Length == 0)
                return result;
            options = options with { Constraints = negative.Aggregate(options.Constraints, (c, name) => c.Fix(name, 0)) };
        }
    }
}
