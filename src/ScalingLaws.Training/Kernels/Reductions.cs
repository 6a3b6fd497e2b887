using System.Numerics;
using System.Numerics.Tensors;

namespace ScalingLaws.Training.Kernels;

/// <summary>
/// Sums over rows (bias and norm gradients), parallel over columns so that every column is summed by
/// one worker in row order: the same result whatever the number of cores.
/// </summary>
public static class Reductions
{
    private const int Grain = 32;

    /// <summary>sums[j] += Σ_r m[r, j].</summary>
    public static void ColumnSums<T>(Workers workers, Matrix<T> m, Memory<T> sums)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        workers.For(m.Columns, Grain, (start, end, _) =>
        {
            var target = sums.Span[start..end];
            for (var r = 0; r < m.Rows; r++)
                TensorPrimitives.Add(target, m.Row(r)[start..end], target);
        });
    }

    /// <summary>sums[j] += Σ_r a[r, j]·b[r, j].</summary>
    public static void ColumnDotSums<T>(Workers workers, Matrix<T> a, Matrix<T> b, Memory<T> sums)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        workers.For(a.Columns, Grain, (start, end, _) =>
        {
            var target = sums.Span[start..end];
            for (var r = 0; r < a.Rows; r++)
                TensorPrimitives.MultiplyAdd(a.Row(r)[start..end], b.Row(r)[start..end], target, target);
        });
    }
}
