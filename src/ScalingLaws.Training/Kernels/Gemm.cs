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
            // Written out, not looped: the JIT keeps each row's pair of accumulators in two registers (12 of them).
            Pair<T> c0 = default, c1 = default, c2 = default, c3 = default, c4 = default, c5 = default;
            ref var bj = ref Unsafe.Add(ref b0, j);
            for (nuint p = 0; p < (nuint)depth; p++)
            {
                var bLow = Vector256.LoadUnsafe(ref bj, p * ldb);
                var bHigh = Vector256.LoadUnsafe(ref bj, p * ldb + (nuint)width);
                ref var ap = ref Unsafe.Add(ref a0, p * step);
                c0.Add(ap, bLow, bHigh);
                c1.Add(Unsafe.Add(ref ap, lda), bLow, bHigh);
                c2.Add(Unsafe.Add(ref ap, 2 * lda), bLow, bHigh);
                c3.Add(Unsafe.Add(ref ap, 3 * lda), bLow, bHigh);
                c4.Add(Unsafe.Add(ref ap, 4 * lda), bLow, bHigh);
                c5.Add(Unsafe.Add(ref ap, 5 * lda), bLow, bHigh);
            }
            Store(c, i, j, c0, add);
            Store(c, i + 1, j, c1, add);
            Store(c, i + 2, j, c2, add);
            Store(c, i + 3, j, c3, add);
            Store(c, i + 4, j, c4, add);
            Store(c, i + 5, j, c5, add);
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
            Pair<T> sum = default;
            ref var bj = ref Unsafe.Add(ref b0, j);
            for (nuint p = 0; p < (nuint)depth; p++)
                sum.Add(Unsafe.Add(ref a0, p * step), Vector256.LoadUnsafe(ref bj, p * ldb), Vector256.LoadUnsafe(ref bj, p * ldb + (nuint)width));
            Store(c, i, j, sum, add);
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

    // Two vectors of one row of C, summed in registers: the kernel's unit. Updated in place, since a pair returned by
    // value costs a register move per vector in the six-row loop.
    private struct Pair<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public Vector256<T> Low;
        public Vector256<T> High;

        // Adds a·(bLow, bHigh): one element of A against two vectors of a row of B.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(T a, Vector256<T> bLow, Vector256<T> bHigh)
        {
            var x = Vector256.Create(a);
            Low = Fma(x, bLow, Low);
            High = Fma(x, bHigh, High);
        }
    }

    private static void Store<T>(Matrix<T> c, int i, int j, Pair<T> sum, bool add)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref var target = ref At(c, i, j);
        var (low, high) = (sum.Low, sum.High);
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
