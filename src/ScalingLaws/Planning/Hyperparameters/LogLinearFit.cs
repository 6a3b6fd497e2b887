using MathNet.Numerics.LinearAlgebra;

namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>
/// y = k·Π xᵢ^pᵢ by ordinary least squares on ln y, with the standard error of ln k and of each exponent from
/// σ²(XᵀX)⁻¹, σ² the residual variance on n − p degrees of freedom.
/// </summary>
public sealed record LogLinearFit(double LogScale, double[] Exponents, double LogScaleError, double[] ExponentErrors)
{
    /// <summary>e^LogScale.</summary>
    public double Scale => Math.Exp(LogScale);

    /// <param name="inputs">One array per row: the xᵢ.</param>
    public static LogLinearFit Of(IReadOnlyList<double[]> inputs, IReadOnlyList<double> y)
    {
        var p = inputs[0].Length + 1;
        if (y.Count <= p)
            throw new ScalingLawsException($"a power law in {p - 1} input{(p == 2 ? "" : "s")} needs more than {p} optima to have intervals, got {y.Count}.");
        var design = Matrix<double>.Build.Dense(y.Count, p, (i, j) => j == 0 ? 1 : Math.Log(inputs[i][j - 1]));
        var target = Vector<double>.Build.Dense([.. y.Select(v => Math.Log(v))]);
        var beta = design.QR().Solve(target);
        var residual = target - design * beta;
        var variance = residual.DotProduct(residual) / (y.Count - p);
        var covariance = (design.TransposeThisAndMultiply(design)).Inverse() * variance;
        var errors = Enumerable.Range(0, p).Select(j => Math.Sqrt(covariance[j, j])).ToArray();
        return new LogLinearFit(beta[0], [.. beta.Skip(1)], errors[0], errors[1..]);
    }
}
