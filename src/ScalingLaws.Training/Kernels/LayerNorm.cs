using System.Numerics;
using System.Numerics.Tensors;

namespace ScalingLaws.Training.Kernels;

/// <summary>
/// y = x̂·γ + β with x̂ = (x − mean)/√(var + ε) per row. The forward keeps x̂ and 1/σ for the backward:
/// dx = (1/σ)·(g − mean(g) − x̂·mean(g·x̂)) with g = dy·γ.
/// </summary>
internal static class LayerNorm
{
    /// <summary>The ε added to the variance.</summary>
    public const double Epsilon = 1e-5;

    /// <summary>y = gamma·(x − mean)/sqrt(var + ε) + beta per row, keeping the normalized rows and 1/sqrt(var + ε) for the backward.</summary>
    public static void Forward<T>(Workers workers, Matrix<T> x, ReadOnlyMemory<T> gamma, ReadOnlyMemory<T> beta, Matrix<T> y, Matrix<T> normalized, T[] inverseDeviation)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var epsilon = T.CreateTruncating(Epsilon);
        workers.For(x.Rows, 16, (start, end, _) =>
        {
            var g = gamma.Span;
            var b = beta.Span;
            var count = T.CreateTruncating(x.Columns);
            for (var r = start; r < end; r++)
            {
                var row = x.Row(r);
                var hat = normalized.Row(r);
                var mean = TensorPrimitives.Sum<T>(row) / count;
                TensorPrimitives.Subtract(row, mean, hat);
                var variance = TensorPrimitives.Dot<T>(hat, hat) / count;
                var inverse = T.One / T.Sqrt(variance + epsilon);
                TensorPrimitives.Multiply(hat, inverse, hat);
                inverseDeviation[r] = inverse;
                TensorPrimitives.MultiplyAdd(hat, g, b, y.Row(r));
            }
        });
    }

    /// <summary>Adds the gradient with respect to x to <paramref name="dx"/> (or writes it), and adds dγ, dβ.</summary>
    public static void Backward<T>(Workers workers, Matrix<T> dy, Matrix<T> normalized, T[] inverseDeviation, ReadOnlyMemory<T> gamma,
        Matrix<T> dx, bool accumulate, Memory<T> dGamma, Memory<T> dBeta, T[][] scratch)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        workers.For(dy.Rows, 16, (start, end, worker) =>
        {
            var g = scratch[worker].AsSpan(0, dy.Columns);
            var count = T.CreateTruncating(dy.Columns);
            for (var r = start; r < end; r++)
            {
                var hat = normalized.Row(r);
                TensorPrimitives.Multiply(dy.Row(r), gamma.Span, g);
                var meanG = TensorPrimitives.Sum<T>(g) / count;
                var meanGHat = TensorPrimitives.Dot<T>(g, hat) / count;
                // g − mean(g) − x̂·mean(g·x̂), then × 1/σ
                TensorPrimitives.Subtract(g, meanG, g);
                TensorPrimitives.MultiplyAdd(hat, -meanGHat, g, g);
                var target = dx.Row(r);
                if (accumulate)
                    TensorPrimitives.MultiplyAdd(g, inverseDeviation[r], target, target);
                else
                    TensorPrimitives.Multiply(g, inverseDeviation[r], target);
            }
        });
        Reductions.ColumnDotSums(workers, dy, normalized, dGamma);
        Reductions.ColumnSums(workers, dy, dBeta);
    }
}
