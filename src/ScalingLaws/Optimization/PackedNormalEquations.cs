using System.Runtime.Intrinsics;

namespace ScalingLaws.Optimization;

/// <summary>
/// The Gauss–Newton sums JᵀJ (upper triangle) and Jᵀr of up to five variables, added row by row into five 256-bit
/// vectors held in registers: the 15 entries of the triangle and the 5 of the gradient fill exactly 20 lanes. Each lane is
/// one entry's own running sum, so every entry is the same sequence of additions as a plain row-by-row loop, to the bit;
/// what the packing saves is the memory traffic of one accumulator per entry and the building of a row in memory.
/// </summary>
internal sealed class PackedNormalEquations
{
    /// <summary>The most variables the packing holds.</summary>
    public const int MaxDimension = 5;

    // Lanes: p0 = (0,0) (0,1) (0,2) (0,3); p1 = (0,4) (1,1) (1,2) (1,3); p2 = (1,4) (2,2) (2,3) (2,4);
    // p3 = (3,3) (3,4) (4,4) g4; g = g0 g1 g2 g3.
    private Vector256<double> _p0, _p1, _p2, _p3, _g;

    /// <summary>Starts new sums.</summary>
    public void Clear() => (_p0, _p1, _p2, _p3, _g) = (default, default, default, default, default);

    /// <summary>
    /// Adds rows 0 … n − 1 of J, whose entry (i, s) is <c>columns[s][i] · rowFactor[i] · columnFactor[s]</c> (multiplied in
    /// that order), with residuals <paramref name="residual"/>. <paramref name="columns"/> holds each variable's column
    /// start in <paramref name="source"/> (column-major, n per column); variables beyond the dimension have column
    /// factor 0 and land only in lanes that <see cref="Store"/> leaves out.
    /// </summary>
    public void Add(
        ReadOnlySpan<double> source, int n, ReadOnlySpan<int> columns, ReadOnlySpan<double> columnFactor,
        ReadOnlySpan<double> rowFactor, ReadOnlySpan<double> residual)
    {
        var (c0, c1, c2, c3, c4) = (columns[0], columns[1], columns[2], columns[3], columns[4]);
        var (f0, f1, f2, f3, f4) = (columnFactor[0], columnFactor[1], columnFactor[2], columnFactor[3], columnFactor[4]);
        var (p0, p1, p2, p3, g) = (_p0, _p1, _p2, _p3, _g);
        for (var i = 0; i < n; i++)
        {
            var chain = rowFactor[i];
            var z0 = source[c0 + i] * chain * f0;
            var z1 = source[c1 + i] * chain * f1;
            var z2 = source[c2 + i] * chain * f2;
            var z3 = source[c3 + i] * chain * f3;
            var z4 = source[c4 + i] * chain * f4;
            var r = residual[i];
            var row = Vector256.Create(z0, z1, z2, z3);
            p0 += Vector256.Create(z0) * row;
            p1 += Vector256.Create(z0, z1, z1, z1) * Vector256.Create(z4, z1, z2, z3);
            p2 += Vector256.Create(z1, z2, z2, z2) * Vector256.Create(z4, z2, z3, z4);
            p3 += Vector256.Create(z3, z3, z4, z4) * Vector256.Create(z3, z4, z4, r);
            g += row * Vector256.Create(r);
        }
        (_p0, _p1, _p2, _p3, _g) = (p0, p1, p2, p3, g);
    }

    /// <summary>Writes JᵀJ (both triangles, row-major, dimension²) and Jᵀr for the first <paramref name="dimension"/> variables.</summary>
    public void Store(int dimension, Span<double> normal, Span<double> gradient)
    {
        Span<double> lanes = stackalloc double[4 * Vector256<double>.Count];
        _p0.CopyTo(lanes);
        _p1.CopyTo(lanes[4..]);
        _p2.CopyTo(lanes[8..]);
        _p3.CopyTo(lanes[12..]);
        ReadOnlySpan<(int Row, int Column)> entries =
            [(0, 0), (0, 1), (0, 2), (0, 3), (0, 4), (1, 1), (1, 2), (1, 3), (1, 4), (2, 2), (2, 3), (2, 4), (3, 3), (3, 4), (4, 4)];
        for (var lane = 0; lane < entries.Length; lane++)
        {
            var (s, t) = entries[lane];
            if (t < dimension)
                normal[s * dimension + t] = normal[t * dimension + s] = lanes[lane];
        }
        for (var s = 0; s < Math.Min(dimension, 4); s++)
            gradient[s] = _g[s];
        if (dimension == MaxDimension)
            gradient[4] = lanes[15];
    }
}
