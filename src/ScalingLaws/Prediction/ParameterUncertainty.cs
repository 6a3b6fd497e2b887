using MathNet.Numerics.LinearAlgebra;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Prediction;

/// <summary>
/// The parameters' share of a prediction's uncertainty as a standard error of ln L: read off the
/// bootstrap's 95% percentile interval of the prediction, (ln upper − ln lower) / (2 · 1.96), or
/// without a bootstrap by the delta method from the fit's curvature covariance.
/// </summary>
public static class ParameterUncertainty
{
    /// <summary>The standard deviation of ln L̂ implied by a prediction's bootstrap spread.</summary>
    public static double LogSigma(Uncertainty.Uncertainty prediction) =>
        prediction.Lower > 0 && prediction.Upper > 0
            ? (Math.Log(prediction.Upper) - Math.Log(prediction.Lower)) / (2 * ExtrapolationErrorModel.NormalMultiplier)
            : double.NaN;

    /// <summary>
    /// The delta method without a bootstrap: sqrt(Jᵀ Σ J), J = ∂ ln L̂ / ∂θ at the point and Σ the fit's
    /// covariance of θ, both on the parameters' fitting scale and in the law's order. NaN when Σ has
    /// any non-finite entry (a parameter on a bound, or a flat direction).
    /// </summary>
    public static double LogSigma(ScalingLaw law, IReadOnlyList<double> values, double[,] covariance, double first, double second = double.NaN, double third = double.NaN)
    {
        var k = law.ParameterCount;
        if (covariance.GetLength(0) != k || covariance.GetLength(1) != k)
            return double.NaN;
        var theta = law.ToInternal([.. values]);
        Span<double> logs = [Math.Log(first), Math.Log(second), Math.Log(third)];
        Span<double> lnPrediction = stackalloc double[1];
        Span<double> jacobian = stackalloc double[k];
        law.LogPredict(theta, LogInputs.Point(logs, law.Inputs.Length), lnPrediction, jacobian);
        var variance = 0.0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
                variance += jacobian[i] * covariance[i, j] * jacobian[j];
        }
        return variance >= 0 && double.IsFinite(variance) ? Math.Sqrt(variance) : double.NaN;
    }

    /// <summary>
    /// The fit's covariance over all of the law's parameters (fitting scale, law order), when every parameter
    /// was free and the curvature determines them all; null otherwise (fixed or tied parameters, a bound, a flat direction).
    /// </summary>
    public static double[,]? Covariance(FitResult fit)
    {
        var k = fit.Law.ParameterCount;
        var covariance = fit.Curvature.PredictionCovariance ?? fit.Curvature.Covariance;
        if (!fit.Curvature.PositiveDefinite || fit.Roles.Any(r => r != ParameterRole.Free) || covariance.GetLength(0) != k)
            return null;
        foreach (var value in covariance)
        {
            if (!double.IsFinite(value))
                return null;
        }
        return (double[,])covariance.Clone();
    }

    /// <summary>
    /// A standard error on the fitting scale above which the curvature does not determine a parameter in any sense the delta
    /// method can use: ±2 of it spans e^40 in A, B or E, or 40 in an exponent, where the law is anything but linear.
    /// </summary>
    public const double UndeterminedStandardError = 10;

    /// <summary>
    /// <see cref="Covariance"/> for predictions by the delta method: a parameter the curvature leaves undetermined (standard
    /// error above <see cref="UndeterminedStandardError"/>) is held at its fitted value, as lmfit holds a fixed one, and the
    /// others keep their covariance given it (the Schur complement Σ_kk − Σ_ku Σ_uu⁻¹ Σ_uk). Linearised over its spread, such a
    /// parameter gives nonsense: E = 1e-57 with a standard error of ln E of 1e58 made a prediction's σ of ln L 4.5, an interval
    /// 580% wide for a 15% error. Null as <see cref="Covariance"/> is, or when no parameter is determined.
    /// </summary>
    public static double[,]? PredictionCovariance(FitResult fit) => Covariance(fit) is { } covariance ? HoldUndetermined(covariance) : null;

    internal static double[,]? HoldUndetermined(double[,] covariance)
    {
        var k = covariance.GetLength(0);
        var loose = Enumerable.Range(0, k).Where(i => !(Math.Sqrt(covariance[i, i]) <= UndeterminedStandardError)).ToArray();
        if (loose.Length == 0)
            return covariance;
        var kept = Enumerable.Range(0, k).Except(loose).ToArray();
        if (kept.Length == 0)
            return null;
        var full = Matrix<double>.Build.DenseOfArray(covariance);
        var (kk, ku, uu) = (Block(full, kept, kept), Block(full, kept, loose), Block(full, loose, loose));
        var given = kk - ku * uu.Inverse() * ku.Transpose();
        given = (given + given.Transpose()) / 2; // symmetric to rounding, as a law file checks
        var held = new double[k, k];
        for (var i = 0; i < kept.Length; i++)
        {
            for (var j = 0; j < kept.Length; j++)
                held[kept[i], kept[j]] = given[i, j];
        }
        return held.Cast<double>().All(double.IsFinite) ? held : null;
    }

    private static Matrix<double> Block(Matrix<double> m, int[] rows, int[] columns) =>
        Matrix<double>.Build.Dense(rows.Length, columns.Length, (i, j) => m[rows[i], columns[j]]);

    /// <summary>From the resamples of a bootstrap, at one point (NaN when fewer than two resamples give a loss).</summary>
    public static double LogSigma(BootstrapResult bootstrap, double first, double second = double.NaN, double third = double.NaN) =>
        LogSigma(bootstrap.Prediction(first, second, third));
}
