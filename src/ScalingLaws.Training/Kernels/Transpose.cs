using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ScalingLaws.Training.Kernels;

/// <summary>Copies a matrix into its transpose, so that every product can use the one fast kernel in <see cref="Gemm"/>.</summary>
internal static class Transpose
{
    private const int Tile = 16;

    /// <summary>Writes the transpose of <paramref name="source"/> into <paramref name="target"/>.</summary>
    public static void Into<T>(Workers workers, Matrix<T> source, Matrix<T> target)
        where T : unmanaged, INumberBase<T>
    {
        Check(source, target);
        workers.For(source.Rows, Tile * 4, (start, end, _) => Rows(source, target, start, end));
    }

    /// <summary>As <see cref="Into{T}"/> on the calling thread only.</summary>
    public static void IntoSerial<T>(Matrix<T> source, Matrix<T> target)
        where T : unmanaged, INumberBase<T>
    {
        Check(source, target);
        Rows(source, target, 0, source.Rows);
    }

    private static void Check<T>(Matrix<T> source, Matrix<T> target)
    {
        if (source.Rows != target.Columns || source.Columns != target.Rows)
            throw new ArgumentException($"cannot transpose {source.Rows}×{source.Columns} into {target.Rows}×{target.Columns}");
    }

    // Checked once in Into: the tiles stay inside both matrices. Tiles keep both the rows read and the rows written in cache.
    private static void Rows<T>(Matrix<T> source, Matrix<T> target, int start, int end)
        where T : unmanaged, INumberBase<T>
    {
        ref var s = ref MemoryMarshal.GetArrayDataReference(source.Data);
        ref var t = ref MemoryMarshal.GetArrayDataReference(target.Data);
        for (var i0 = start; i0 < end; i0 += Tile)
        {
            var i1 = Math.Min(end, i0 + Tile);
            for (var j0 = 0; j0 < source.Columns; j0 += Tile)
            {
                var j1 = Math.Min(source.Columns, j0 + Tile);
                for (var i = i0; i < i1; i++)
                {
                    var from = source.Offset + i * source.Stride;
                    for (var j = j0; j < j1; j++)
                        Unsafe.Add(ref t, target.Offset + j * target.Stride + i) = Unsafe.Add(ref s, from + j);
                }
            }
        }
    }
}
