using MathNet.Numerics.LinearAlgebra;

namespace ScalingLaws.Temporal;

/// <summary>
/// p(t) = c0 + c1/(1 + x/τ), x = t/t_ref: a parameter that settles towards c0, half-way there after
/// τ·t_ref tokens. Fitted as (c0, c1, ln τ); for a fixed τ it is linear in (c0, c1), so starts scan τ.
/// </summary>
internal sealed class HyperbolicForm : TemporalForm
{
    // τ from 1e-3 to 1e2 times the fitted span, quarter decades.
    private static readonly double[] LogTauGrid = [.. Enumerable.Range(0, 21).Select(k => Math.Log(10) * (-3 + 0.25 * k))];

    public override string Name => "hyperbolic";

    public override string Formula => "c0 + c1/(1 + x/tau)";

    public override ImmutableArray<string> CoefficientNames { get; } = ["c0", "c1", "tau"];

    internal override double Evaluate(ReadOnlySpan<double> z, TemporalPoint point, Span<double> gradient)
    {
        var ratio = point.Time / Math.Exp(z[2]);
        var shape = 1 / (1 + ratio);
        gradient[0] = 1;
        gradient[1] = shape;
        gradient[2] = z[1] * ratio * shape * shape; // ∂/∂ln τ
        return z[0] + z[1] * shape;
    }

    /// <summary>The best τ of the scan and the next-best local minimum, each with (c0, c1) by least squares.</summary>
    internal override IReadOnlyList<double[]> Starts(IReadOnlyList<TemporalPoint> points, IReadOnlyList<double> values)
    {
        var y = Vector<double>.Build.DenseOfEnumerable(values);
        var scan = LogTauGrid.Select(logTau =>
        {
            var design = Matrix<double>.Build.Dense(points.Count, 2, (k, j) => j == 0 ? 1 : 1 / (1 + points[k].Time / Math.Exp(logTau)));
            var c = design.Svd().Solve(y);
            var error = (design * c - y).L2Norm();
            return (Error: double.IsFinite(error) ? error : double.PositiveInfinity, Z: new[] { c[0], c[1], logTau });
        }).ToArray();
        var minima = Enumerable.Range(0, scan.Length)
            .Where(k => (k == 0 || scan[k].Error <= scan[k - 1].Error) && (k == scan.Length - 1 || scan[k].Error <= scan[k + 1].Error))
            .OrderBy(k => scan[k].Error)
            .Take(2);
        return [.. minima.Select(k => scan[k].Z)];
    }

    internal override ParameterScale ScaleOf(int coefficient) => coefficient == 2 ? ParameterScale.Log : ParameterScale.Linear;
}
