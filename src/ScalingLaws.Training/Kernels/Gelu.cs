using System.Numerics;
using System.Numerics.Tensors;

namespace ScalingLaws.Training.Kernels;

/// <summary>
/// GELU in GPT-2's tanh form, gelu(u) = ½u(1 + tanh(c(u + 0.044715u³))), c = √(2/π). The forward keeps
/// the tanh; the backward is the exact derivative of this form: ½(1 + t) + ½u(1 − t²)·c(1 + 3·0.044715u²).
/// </summary>
internal static class Gelu
{
    private const double Cubic = 0.044715;
    private static readonly double Scale = Math.Sqrt(2 / Math.PI);

    /// <summary>y = gelu(u), keeping tanh(c(u + 0.044715u³)) for the backward.</summary>
    public static void Forward<T>(Workers workers, Matrix<T> u, Matrix<T> tanh, Matrix<T> y)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (c, cubic, half) = (T.CreateTruncating(Scale), T.CreateTruncating(Scale * Cubic), T.CreateTruncating(0.5));
        ForRows(workers, u, tanh, y, (x, t, output, _) =>
        {
            TensorPrimitives.Multiply(x, x, t);
            TensorPrimitives.Multiply(t, cubic, t);
            TensorPrimitives.Add(t, c, t);
            TensorPrimitives.Multiply(t, x, t);
            TensorPrimitives.Tanh<T>(t, t);
            TensorPrimitives.Add(t, T.One, output);
            TensorPrimitives.Multiply(output, x, output);
            TensorPrimitives.Multiply(output, half, output);
        });
    }

    /// <summary>Turns dy (in <paramref name="gradient"/>) into du in place.</summary>
    public static void Backward<T>(Workers workers, Matrix<T> u, Matrix<T> tanh, Matrix<T> gradient, T[][] scratch)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (c, cubic3, half) = (T.CreateTruncating(Scale), T.CreateTruncating(3 * Scale * Cubic), T.CreateTruncating(0.5));
        ForRows(workers, u, tanh, gradient, (x, t, g, worker) =>
        {
            var s = scratch[worker].AsSpan(0, x.Length);
            var q = scratch[worker].AsSpan(x.Length, x.Length);
            TensorPrimitives.Multiply(x, x, s);
            TensorPrimitives.Multiply(s, cubic3, s);
            TensorPrimitives.Add(s, c, s);            // c(1 + 3·0.044715u²)
            TensorPrimitives.Multiply(t, t, q);
            TensorPrimitives.Subtract(T.One, q, q);   // 1 − t²
            TensorPrimitives.Multiply(s, q, s);
            TensorPrimitives.Multiply(s, x, s);
            TensorPrimitives.Add(s, t, s);
            TensorPrimitives.Add(s, T.One, s);
            TensorPrimitives.Multiply(s, half, s);
            TensorPrimitives.Multiply(g, s, g);
        });
    }

    // One row of both passes: u, the kept tanh, the output or gradient row, and the worker (whose scratch it may use).
    private delegate void RowStep<T>(Span<T> u, Span<T> tanh, Span<T> other, int worker);

    // The loop both passes share: the rows of u, tanh and a third matrix of the same shape, split across the workers.
    private static void ForRows<T>(Workers workers, Matrix<T> u, Matrix<T> tanh, Matrix<T> other, RowStep<T> step) =>
        workers.For(u.Rows, 16, (start, end, worker) =>
        {
            for (var r = start; r < end; r++)
                step(u.Row(r), tanh.Row(r), other.Row(r), worker);
        });
}
