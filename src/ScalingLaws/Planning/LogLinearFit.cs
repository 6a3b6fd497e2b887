using MathNet.Numerics.LinearAlgebra;

namespace ScalingLaws.Planning;

/// <summary>
/// y = k·Π xᵢ^pᵢ by ordinary least squares on ln y, with the standard error of ln k and of each exponent from
/// σ²(XᵀX)⁻¹, σ² the residual variance on n − p degrees of freedom. The one fit of a power law in log space:
/// <see cref="PowerLawFit"/> is its one-input case, and the hyperparameter bootstrap projects with its design.
/// </summary>
public sealed record LogLinearFit(double LogScale, double[] Exponents, double LogScaleError, double[] ExponentErrors)
{
    /// <summary>e^LogScale.</summary>
    public double Scale => Math.Exp(LogScale);

    /// <param name="inputs">One array per row: the xᵢ.</param>
    /// <param name="y">The values, one per row.</param>
    public static LogLinearFit Of(IReadOnlyList<double[]> inputs, IReadOnlyList<double> y)
    {
        var p = inputs[0].Length + 1;
        if (y.Count <= p)
            throw new ScalingLawsException($"a power law in {p - 1} input{(p == 2 ? "" : "s")} needs more than {p} optima to have intervals, got {y.Count}.");
        var (design, target, beta) = Solve(inputs, y);
        var residual = target - design * beta;
        var variance = residual.DotProduct(residual) / (y.Count - p);
        var covariance = (design.TransposeThisAndMultiply(design)).Inverse() * variance;
        var errors = Enumerable.Range(0, p).Select(j => Math.Sqrt(covariance[j, j])).ToArray();
        return new LogLinearFit(beta[0], [.. beta.Skip(1)], errors[0], errors[1..]);
    }

    /// <summary>The least-squares coefficients (ln k, p₁, …) of ln y on the <see cref="Design"/>, solved by QR, with the design and ln y.</summary>
    internal static (Matrix<double> Design, Vector<double> Target, Vector<double> Coefficients) Solve(IReadOnlyList<double[]> inputs, IReadOnlyList<double> y)
    {
        var design = Design(inputs);
        var target = Vector<double>.Build.Dense([.. y.Select(v => Math.Log(v))]);
        return (design, target, design.QR().Solve(target));
    }

    /// <summary>One row per input: 1, then ln xᵢ.</summary>
    internal static Matrix<double> Design(IReadOnlyList<double[]> inputs) =>
        Matrix<double>.Build.Dense(inputs.Count, inputs[0].Length + 1, (i, j) => j == 0 ? 1 : Math.Log(inputs[i][j - 1]));
}
