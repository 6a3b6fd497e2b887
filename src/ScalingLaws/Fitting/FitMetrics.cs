namespace ScalingLaws.Fitting;

/// <summary>How close predictions come to observed losses, on the raw (not log) scale.</summary>
/// <param name="Rmse">Root mean squared error.</param>
/// <param name="R2">Coefficient of determination, 1 − SS_res/SS_tot; NaN (undefined) when every observed loss is equal, so SS_tot is 0.</param>
/// <param name="Mae">Mean absolute error.</param>
/// <param name="Mre">Mean of |L − L̂|/L.</param>
/// <param name="MaxRe">Largest |L − L̂|/L.</param>
public sealed record FitMetrics(double Rmse, double R2, double Mae, double Mre, double MaxRe)
{
    /// <summary>The metrics of <paramref name="predicted"/> against <paramref name="observed"/>.</summary>
    public static FitMetrics Compute(ReadOnlySpan<double> observed, ReadOnlySpan<double> predicted)
    {
        var n = observed.Length;
        double mean = 0;
        foreach (var y in observed)
            mean += y / n;
        double squares = 0, total = 0, absolute = 0, relative = 0, maxRelative = 0;
        for (var i = 0; i < n; i++)
        {
            var error = observed[i] - predicted[i];
            squares += error * error;
            total += (observed[i] - mean) * (observed[i] - mean);
            absolute += Math.Abs(error);
            var re = Math.Abs(error) / observed[i];
            relative += re;
            maxRelative = Math.Max(maxRelative, re);
        }
        // Equal losses leave SS_tot at rounding noise (the mean is summed in steps), where 1 − SS_res/SS_tot means nothing.
        var r2 = total > n * Math.Pow(1e-12 * mean, 2) ? 1 - squares / total : double.NaN;
        var rmse = double.IsInfinity(squares) ? ScaledRootMeanSquare(observed, predicted) : Math.Sqrt(squares / n);
        return new FitMetrics(rmse, r2, absolute / n, relative / n, maxRelative);
    }

    // Summed relative to the largest error so far (as BLAS's dnrm2 does), for errors beyond 1e154, whose squares overflow.
    private static double ScaledRootMeanSquare(ReadOnlySpan<double> observed, ReadOnlySpan<double> predicted)
    {
        double scale = 0, sum = 1;
        for (var i = 0; i < observed.Length; i++)
        {
            var error = Math.Abs(observed[i] - predicted[i]);
            if (error > scale)
                (sum, scale) = (1 + sum * (scale / error) * (scale / error), error);
            else if (error > 0)
                sum += (error / scale) * (error / scale);
        }
        return scale == 0 ? 0 : scale * Math.Sqrt(sum / observed.Length);
    }
}
