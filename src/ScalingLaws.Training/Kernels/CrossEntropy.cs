using System.Numerics;
using System.Numerics.Tensors;

namespace ScalingLaws.Training.Kernels;

/// <summary>
/// The loss of each row, −log softmax(logits)[target], and in place of the logits its gradient with
/// respect to them, (softmax − one-hot)·<c>gradientScale</c>.
/// </summary>
internal static class CrossEntropy
{
    /// <summary>Writes each row's loss to <paramref name="rowLoss"/> and, when <paramref name="gradient"/>, the scaled gradient over the logits in place.</summary>
    public static void Apply<T>(Workers workers, Matrix<T> logits, ReadOnlyMemory<int> targets, T[] rowLoss, T gradientScale, bool gradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        workers.For(logits.Rows, 16, (start, end, _) =>
        {
            var labels = targets.Span;
            for (var r = start; r < end; r++)
            {
                var row = logits.Row(r);
                var max = TensorPrimitives.Max<T>(row);
                var target = row[labels[r]] - max;
                TensorPrimitives.Subtract(row, max, row);
                TensorPrimitives.Exp<T>(row, row);
                var sum = TensorPrimitives.Sum<T>(row);
                rowLoss[r] = T.Log(sum) - target;
                if (!gradient)
                    continue;
                TensorPrimitives.Multiply(row, gradientScale / sum, row);
                row[labels[r]] -= gradientScale;
            }
        });
    }
}
