namespace ScalingLaws.Uncertainty;

/// <summary>
/// The block length of a circular block bootstrap of a dependent series, chosen from the series' own autocorrelation
/// by Politis &amp; White (2004), as corrected by Patton, Politis &amp; White (2009) and computed by arch's
/// <c>optimal_block_length</c>: b = (2G²/D)^(1/3)·n^(1/3) with G = Σ λ(k/M)|k|R(k), D = (4/3)(Σ λ(k/M)R(k))², R the
/// autocovariance, λ the flat-top window and M twice the lag after which the autocorrelation stays insignificant.
/// White noise gives blocks of one point; the stronger and longer the dependence, the longer the blocks.
/// </summary>
public static class BlockLength
{
    /// <summary>The block length for <paramref name="series"/>, between 1 and min(3√n, n/3).</summary>
    public static int Circular(ReadOnlySpan<double> series)
    {
        var n = series.Length;
        var longest = Math.Max(1, (int)Math.Min(Math.Ceiling(3 * Math.Sqrt(n)), n / 3));
        if (n < 6)
            return 1;
        var centered = Centered(series);
        var window = Math.Max(5, (int)Math.Ceiling(Math.Sqrt(Math.Log10(n))));
        var maxLag = Math.Min((int)Math.Ceiling(Math.Sqrt(n)) + window, n - 1 - window);
        var covariance = Enumerable.Range(0, maxLag + window + 1).Select(k => Autocovariance(centered, k)).ToArray();
        if (!(covariance[0] > 0))
            return 1;
        var m = Math.Min(2 * Math.Max(SignificantLags(covariance, window, maxLag, n), 1), maxLag);
        double g = 0, longRun = covariance[0];
        for (var k = 1; k <= m; k++)
        {
            var weight = (double)k / m <= 0.5 ? 1 : 2 * (1 - (double)k / m);
            g += 2 * weight * k * covariance[k];
            longRun += 2 * weight * covariance[k];
        }
        if (!(longRun > 0))
            return 1;
        var b = Math.Cbrt(2 * g * g / (4.0 / 3 * longRun * longRun)) * Math.Cbrt(n);
        return Math.Clamp((int)Math.Ceiling(b), 1, longest);
    }

    // The first lag m after which `window` autocorrelations in a row are insignificant (|ρ| < 2√(log10 n / n)); maxLag if none.
    private static int SignificantLags(double[] covariance, int window, int maxLag, int n)
    {
        var critical = 2 * Math.Sqrt(Math.Log10(n) / n);
        for (var m = 0; m <= maxLag; m++)
        {
            if (Enumerable.Range(m + 1, window).All(k => Math.Abs(covariance[k] / covariance[0]) < critical))
                return m;
        }
        return maxLag;
    }

    private static double[] Centered(ReadOnlySpan<double> series)
    {
        var mean = 0.0;
        foreach (var x in series)
            mean += x / series.Length;
        var centered = new double[series.Length];
        for (var i = 0; i < centered.Length; i++)
            centered[i] = series[i] - mean;
        return centered;
    }

    private static double Autocovariance(double[] centered, int lag)
    {
        var sum = 0.0;
        for (var i = lag; i < centered.Length; i++)
            sum += centered[i] * centered[i - lag];
        return sum / centered.Length;
    }
}
