namespace ScalingLaws.Estimation;

/// <summary>The study's score: the mean over test rows of |L − L̂| / L, on the raw loss.</summary>
public static class RelativeError
{
    /// <summary>The mean |L − L̂|/L of the fit over the rows of <paramref name="test"/>, as a fraction.</summary>
    public static double Mean(FitResult fit, ObservationTable test)
    {
        if (test.Count == 0)
            return double.NaN;
        var sum = 0.0;
        foreach (var row in test.Rows)
            sum += Math.Abs(row.Loss - fit.Predict(row.Params, row.Tokens)) / row.Loss;
        return sum / test.Count;
    }
}
