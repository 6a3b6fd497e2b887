using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ScalingLaws.Training.Kernels;

/// <summary>
/// C (+)= A·B or Aᵀ·B for row-major matrices: a register-blocked kernel (6 rows × 2 vectors of C held in
/// registers, one fused multiply-add per element of A·B), blocked over the inner dimension so that a panel
/// of B stays in the core's L2 cache, parallel over the rows of C. Aᵀ is read in place (weight gradients
/// Xᵀ·dY need no copy); a transposed B is not supported, because B is read along its rows in vectors.
/// </summary>
internal static class Gemm
{
    private const int BlockRows = 6;
    private const int InnerBlock = 256;

    /// <summary>C = A·B (Aᵀ·B when <paramref name="transposeA"/>), or C += … when <paramref name="accumulate"/>; every row of C on one core.</summary>
    public static void Multiply<T>(Workers workers, Matrix<T> a, Matrix<T> b, Matrix<T> c, bool accumulate, bool transposeA = false)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var left = Left.Of(a, b, c, transposeA);
        workers.For(c.Rows, BlockRows * 4, (start, end, _) => MultiplyRows(left, b, c, start, end, accumulate));
    }

    /// <summary>As <see cref="Multiply{T}"/> on the calling thread only, for callers already parallel (attention heads).</summary>
    public static void MultiplySerial<T>(Matrix<T> a, Matrix<T> b, Matrix<T> c, bool accumulate, bool transposeA = false)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        MultiplyRows(Left.Of(a, b, c, transposeA), b, c, 0, c.Rows, accumulate);
    }

    /// <summary>The left operand as the kernel reads it: element (i, p) at Data[Offset + i·RowStep + p·InnerStep].</summary>
    private readonly record struct Left<T>(T[] Data, int Offset, int RowStep, int InnerStep, int Inner);

    private static class Left
    {
        public static Left<T> Of<T>(Matrix<T> a, Matrix<T> b, Matrix<T> c, bool transposed)
        {
            var (rows, inner) = transposed ? (a.Columns, a.Rows) : (a.Rows, a.Columns);
            if (inner != b.Rows || rows != c.Rows || b.Columns != c.Columns)
                throw new ArgumentException($"shapes {rows}×{inner} · {b.Rows}×{b.Columns} → {c.Rows}×{c.Columns} do not match");
            return transposed ? new(a.Data, a.Offset, 1, a.Stride, inner) : new(a.Data, a.Offset, a.Stride, 1, inner);
        }
    }

    private static void MultiplyRows<T>(Left<T> a, Matrix<T> b, Matrix<T> c, int rowStart, int rowEnd, bool accumulate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var inner = a.Inner;
        if (inner == 0)
        {
            if (!accumulate)
                for (var i = rowStart; i < rowEnd; i++)
                    c.Row(i).Clear();
            return;
        }
        for (var p0 = 0; p0 < inner; p0 += InnerBlock)
        {
            var depth = Math.Min(InnerBlock, inner - p0);
            var add = accumulate || p0 > 0;
            var i = rowStart;
            for (; i + BlockRows <= rowEnd; i += BlockRows)
                SixRows(a, b, c, i, p0, depth, add);
            for (; i < rowEnd; i++)
                OneRow(a, b, c, i, p0, depth, add);
        }
    }

    private static void SixRows<T>(Left<T> a, Matrix<T> b, Matrix<T> c, int i, int p0, int depth, bool add)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var width = Vector256<T>.Count;
        ref var a0 = ref At(a, i, p0);
        ref var b0 = ref At(b, p0, 0);
        var (lda, step, ldb) = ((nuint)a.RowStep, (nuint)a.InnerStep, (nuint)b.Stride);
        var j = 0;
        for (; j + 2 * width <= c.Columns; j += 2 * width)
        {
            Vector256<T> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
            Vector256<T> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
            ref var bj = ref Unsafe.Add(ref b0, j);
            for (nuint p = 0; p < (nuint)depth; p++)
            {
                var bLow = Vector256.LoadUnsafe(ref bj, p * ldb);
                var bHigh = Vector256.LoadUnsafe(ref bj, p * ldb + (nuint)width);
                ref var ap = ref Unsafe.Add(ref a0, p * step);
                var x = Vector256.Create(ap);
                c00 = Fma(x, bLow, c00);
                c01 = Fma(x, bHigh, c01);
                x = Vector256.Create(Unsafe.Add(ref ap, lda));
                c10 = Fma(x, bLow, c10);
                c11 = Fma(x, bHigh, c11);
                x = Vector256.Create(Unsafe.Add(ref ap, 2 * lda));
                c20 = Fma(x, bLow, c20);
                c21 = Fma(x, bHigh, c21);
                x = Vector256.Create(Unsafe.Add(ref ap, 3 * lda));
                c30 = Fma(x, bLow, c30);
                c31 = Fma(x, bHigh, c31);
                x = Vector256.Create(Unsafe.Add(ref ap, 4 * lda));
                c40 = Fma(x, bLow, c40);
                c41 = Fma(x, bHigh, c41);
                x = Vector256.Create(Unsafe.Add(ref ap, 5 * lda));
                c50 = Fma(x, bLow, c50);
                c51 = Fma(x, bHigh, c51);
            }
            Store(c, i, j, c00, c01, add);
            Store(c, i + 1, j, c10, c11, add);
            Store(c, i + 2, j, c20, c21, add);
            Store(c, i + 3, j, c30, c31, add);
            Store(c, i + 4, j, c40, c41, add);
            Store(c, i + 5, j, c50, c51, add);
        }
        for (var r = 0; r < BlockRows; r++)
            ScalarColumns(a, b, c, i + r, j, p0, depth, add);
    }

    private static void OneRow<T>(Left<T> a, Matrix<T> b, Matrix<T> c, int i, int p0, int depth, bool add)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var width = Vector256<T>.Count;
        ref var a0 = ref At(a, i, p0);
        ref var b0 = ref At(b, p0, 0);
        var (step, ldb) = ((nuint)a.InnerStep, (nuint)b.Stride);
        var j = 0;
        for (; j + 2 * width <= c.Columns; j += 2 * width)
        {
            Vector256<T> low = default, high = default;
            ref var bj = ref Unsafe.Add(ref b0, j);
            for (nuint p = 0; p < (nuint)depth; p++)
            {
                var x = Vector256.Create(Unsafe.Add(ref a0, p * step));
                low = Fma(x, Vector256.LoadUnsafe(ref bj, p * ldb), low);
                high = Fma(x, Vector256.LoadUnsafe(ref bj, p * ldb + (nuint)width), high);
            }
            Store(c, i, j, low, high, add);
        }
        ScalarColumns(a, b, c, i, j, p0, depth, add);
    }

    // Columns past the last whole pair of vectors: only in shapes not a multiple of 2·vector width (tests).
    private static void ScalarColumns<T>(Left<T> a, Matrix<T> b, Matrix<T> c, int i, int jStart, int p0, int depth, bool add)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var j = jStart; j < c.Columns; j++)
        {
            var sum = T.Zero;
            for (var p = p0; p < p0 + depth; p++)
                sum += a.Data[a.Offset + i * a.RowStep + p * a.InnerStep] * b.Data[b.Offset + p * b.Stride + j];
            ref var target = ref c.Data[c.Offset + i * c.Stride + j];
            target = add ? target + sum : sum;
        }
    }

    private static void Store<T>(Matrix<T> c, int i, int j, Vector256<T> low, Vector256<T> high, bool add)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref var target = ref At(c, i, j);
        if (add)
        {
            low += Vector256.LoadUnsafe(ref target);
            high += Vector256.LoadUnsafe(ref target, (nuint)Vector256<T>.Count);
        }
        low.StoreUnsafe(ref target);
        high.StoreUnsafe(ref target, (nuint)Vector256<T>.Count);
    }

    private static ref T At<T>(Left<T> a, int row, int inner) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(a.Data), a.Offset + row * a.RowStep + inner * a.InnerStep);

    private static ref T At<T>(Matrix<T> m, int row, int column) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(m.Data), m.Offset + row * m.Stride + column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Fma<T>(Vector256<T> x, Vector256<T> y, Vector256<T> sum)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
            return Vector256.FusedMultiplyAdd(x.AsSingle(), y.AsSingle(), sum.AsSingle()).As<float, T>();
        if (typeof(T) == typeof(double))
            return Vector256.FusedMultiplyAdd(x.AsDouble(), y.AsDouble(), sum.AsDouble()).As<double, T>();
        return x * y + sum;
    }
}
