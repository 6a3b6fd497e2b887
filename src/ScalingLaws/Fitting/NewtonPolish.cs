using MathNet.Numerics.LinearAlgebra;
using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>
/// Finishes an L-BFGS optimum with Newton steps on a Hessian differenced from the analytic gradient. In a flat valley
/// (Chinchilla's ln B–β, ρ ≈ 0.9999) L-BFGS stops wherever its line search stops finding a decrease, so two starts in
/// one basin end about 1e-5 apart along the valley; Newton's steps solve ∇f = 0 instead and reach the basin's own
/// minimiser to the gradient's round-off, so the reported optimum no longer depends on which start won. The Hessian is
/// differenced once, at the L-BFGS optimum, and kept for every step (a chord method): the steps are already inside
/// the basin's quadratic region, where it barely changes, so each step costs one gradient instead of 2k + 1, which on
/// a million rows is most of the fit's time. Runs once per fit, so it may allocate.
/// </summary>
internal static class NewtonPolish
{
    private const int MaxSteps = 30;

    /// <summary>
    /// Newton steps from <paramref name="z"/> (updated in place) while each lowers the largest gradient component
    /// without raising <paramref name="value"/> beyond round-off; returns the value at the point kept.
    /// </summary>
    public static double Refine(IDifferentiableFunction function, double[] z, double value)
    {
        var n = z.Length;
        var (gradient, trial, trialGradient) = (new double[n], new double[n], new double[n]);
        value = function.Evaluate(z, gradient);
        if (PositiveDefinite(DifferencedHessian(function, z)) is not { } hessian)
            return value;
        for (var step = 0; step < MaxSteps; step++)
        {
            var direction = Direction(hessian, gradient);
            if (direction is null)
                break;
            for (var j = 0; j < n; j++)
                trial[j] = z[j] + direction[j];
            var trialValue = function.Evaluate(trial, trialGradient);
            if (!Better(trialValue, MaxAbs(trialGradient), value, MaxAbs(gradient)))
                break;
            value = trialValue;
            trial.CopyTo(z, 0);
            trialGradient.CopyTo(gradient, 0);
        }
        return value;
    }

    // Lower, or as low to round-off with a smaller gradient: past the point where f resolves the valley, ∇f still does.
    private static bool Better(double value, double gradient, double oldValue, double oldGradient) =>
        double.IsFinite(value) && (value < oldValue || (value <= oldValue + 1e-14 * Math.Abs(oldValue) && gradient < oldGradient));

    // H, or null when it is not positive definite (no minimum to step to). A positive definite H has a positive, finite
    // diagonal; checking that first also keeps a parameter the objective no longer feels (its row zeros and subnormals, in a
    // cut of Porian's summary_df 0 by flops) from the eigen-decomposition, whose QL iterations index out of range on it. A
    // subnormal diagonal counts as zero: one of 1.9e-315 (a cut of summary_df_owt2 0 by tokens) passed "> 0" and crashed it.
    private static Matrix<double>? PositiveDefinite(Matrix<double> hessian) =>
        Enumerable.Range(0, hessian.RowCount).All(i => hessian[i, i] >= SmallestNormal && double.IsFinite(hessian[i, i]))
        && hessian.Evd(Symmetricity.Symmetric).EigenValues.Min(e => e.Real) > 0 ? hessian : null;

    // The smallest positive double with full precision; below it 1/h overflows and the QL iterations meet NaN.
    private const double SmallestNormal = 2.2250738585072014E-308;

    // −H⁻¹∇f, or null when it is not finite.
    private static double[]? Direction(Matrix<double> hessian, double[] gradient)
    {
        var step = hessian.Solve(Vector<double>.Build.DenseOfArray(gradient)).Negate().ToArray();
        return step.All(double.IsFinite) ? step : null;
    }

    /// <summary>Central differences of the analytic gradient at <paramref name="z"/>, step 1e-5·max(1, |z|), symmetrised.</summary>
    internal static Matrix<double> DifferencedHessian(IDifferentiableFunction function, double[] z)
    {
        var n = z.Length;
        var hessian = Matrix<double>.Build.Dense(n, n);
        var (point, plus, minus) = ((double[])z.Clone(), new double[n], new double[n]);
        for (var j = 0; j < n; j++)
        {
            var h = 1e-5 * Math.Max(1, Math.Abs(z[j]));
            point[j] = z[j] + h;
            function.Evaluate(point, plus);
            point[j] = z[j] - h;
            function.Evaluate(point, minus);
            point[j] = z[j];
            for (var i = 0; i < n; i++)
                hessian[i, j] = (plus[i] - minus[i]) / (2 * h);
        }
        return 0.5 * (hessian + hessian.Transpose());
    }

    private static double MaxAbs(double[] values) => values.Max(Math.Abs);
}
