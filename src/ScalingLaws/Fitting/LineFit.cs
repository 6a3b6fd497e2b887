namespace ScalingLaws.Fitting;

/// <summary>
/// Least squares y ≈ a·f + b for a fixed shape f: variable projection's inner step, used to seed nonlinear fits.
/// The Multi-Power starts' log-log line (MathNet's <c>Fit.Line</c>) and power laws in log space (<c>LogLinearFit</c>, by
/// QR) are the same least squares rounded otherwise. Giving this fit and <c>Fit.Line</c> one arithmetic moved either
/// the accuracy fits seeded here (by ~1e-10 relative) or the Multi-Power fits (in printed digits), so they stay apart.
/// </summary>
internal static class LineFit
{
    /// <summary>The slope a, intercept b and the sum of squared residuals; null when f does not vary.</summary>
    public static (double A, double B, double Error)? Of(IReadOnlyList<double> f, IReadOnlyList<double> y)
    {
        var n = f.Count;
        double meanF = 0, meanY = 0;
        for (var i = 0; i < n; i++)
        {
            meanF += f[i] / n;
            meanY += y[i] / n;
        }
        double sff = 0, sfy = 0;
        for (var i = 0; i < n; i++)
        {
            sff += (f[i] - meanF) * (f[i] - meanF);
            sfy += (f[i] - meanF) * (y[i] - meanY);
        }
        if (!(sff > 1e-300))
            return null;
        var a = sfy / sff;
        var b = meanY - a * meanF;
        double error = 0;
        for (var i = 0; i < n; i++)
        {
            var r = y[i] - a * f[i] - b;
            error += r * r;
        }
        return (a, b, error);
    }
}
