using MathNet.Numerics.LinearAlgebra;

namespace ScalingLaws.Temporal;

/// <summary>A form linear in its coefficients, p = Σⱼ zⱼ·fⱼ(point): its start is the least-squares solution.</summary>
internal abstract class LinearForm : TemporalForm
{
    /// <summary>The features fⱼ at a point.</summary>
    protected abstract void Features(TemporalPoint point, Span<double> features);

    internal override double Evaluate(ReadOnlySpan<double> z, TemporalPoint point, Span<double> gradient)
    {
        Features(point, gradient);
        var value = 0.0;
        for (var j = 0; j < z.Length; j++)
            value += z[j] * gradient[j];
        return value;
    }

    internal override IReadOnlyList<double[]> Starts(IReadOnlyList<TemporalPoint> points, IReadOnlyList<double> values)
    {
        var design = Matrix<double>.Build.Dense(points.Count, CoefficientCount);
        var row = new double[CoefficientCount];
        for (var k = 0; k < points.Count; k++)
        {
            Features(points[k], row);
            design.SetRow(k, row);
        }
        var solution = design.Svd().Solve(Vector<double>.Build.DenseOfEnumerable(values)).ToArray();
        return solution.All(double.IsFinite) ? [solution] : [new double[CoefficientCount]];
    }
}
