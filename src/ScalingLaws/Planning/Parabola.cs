namespace ScalingLaws.Planning;

/// <summary>
/// The least-squares parabola y = c0 + c1·x + c2·x², solved from the normal equations in x centred on
/// its mean (which keeps them well conditioned for x = ln N ≈ 15–25) without allocating: Approach 2
/// fits one per budget and its bootstrap a thousand times that.
/// </summary>
public readonly record struct Parabola(double C0, double C1, double C2)
{
    /// <summary>The fit to the points (x, y); NaN coefficients when they hold fewer than 3 distinct x.</summary>
    public static Parabola Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var n = x.Length;
        var mean = 0.0;
        foreach (var v in x)
            mean += v;
        mean /= n;
        double s1 = 0, s2 = 0, s3 = 0, s4 = 0, t0 = 0, t1 = 0, t2 = 0;
        for (var i = 0; i < n; i++)
        {
            var u = x[i] - mean;
            var u2 = u * u;
            s1 += u;
            s2 += u2;
            s3 += u2 * u;
            s4 += u2 * u2;
            t0 += y[i];
            t1 += u * y[i];
            t2 += u2 * y[i];
        }
        var (p0, p1, p2) = Solve(n, s1, s2, s3, s4, t0, t1, t2);
        // Back from u = x − mean to x.
        return new Parabola(p0 - p1 * mean + p2 * mean * mean, p1 - 2 * p2 * mean, p2);
    }

    /// <summary>The x of the minimum; NaN when the parabola opens downward or is flat.</summary>
    public double Vertex => C2 > 0 ? -C1 / (2 * C2) : double.NaN;

    /// <summary>c0 + c1·x + c2·x².</summary>
    public double this[double x] => C0 + C1 * x + C2 * x * x;

    /// <summary>(c0, c1, c2).</summary>
    public double[] ToArray() => [C0, C1, C2];

    // The symmetric 3×3 system [[n, s1, s2], [s1, s2, s3], [s2, s3, s4]]·p = t by Cramer's rule.
    private static (double, double, double) Solve(double n, double s1, double s2, double s3, double s4, double t0, double t1, double t2)
    {
        var det = n * (s2 * s4 - s3 * s3) - s1 * (s1 * s4 - s3 * s2) + s2 * (s1 * s3 - s2 * s2);
        if (!(Math.Abs(det) > 1e-12 * Math.Max(1, n * s2 * s4)))
            return (double.NaN, double.NaN, double.NaN);
        var d0 = t0 * (s2 * s4 - s3 * s3) - s1 * (t1 * s4 - s3 * t2) + s2 * (t1 * s3 - s2 * t2);
        var d1 = n * (t1 * s4 - t2 * s3) - t0 * (s1 * s4 - s3 * s2) + s2 * (s1 * t2 - t1 * s2);
        var d2 = n * (s2 * t2 - s3 * t1) - s1 * (s1 * t2 - t1 * s2) + t0 * (s1 * s3 - s2 * s2);
        return (d0 / det, d1 / det, d2 / det);
    }
}
