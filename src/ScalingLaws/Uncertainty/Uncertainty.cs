namespace ScalingLaws.Uncertainty;

/// <summary>The spread of a quantity over bootstrap resamples.</summary>
/// <param name="StandardError">Standard deviation over resamples.</param>
/// <param name="Lower">2.5th percentile.</param>
/// <param name="Upper">97.5th percentile.</param>
public sealed record Uncertainty(double Median, double StandardError, double Lower, double Upper)
{
    /// <summary>No estimate: every field NaN.</summary>
    public static Uncertainty None { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>Summarises samples (non-finite samples are ignored).</summary>
    public static Uncertainty Of(IEnumerable<double> samples) => Summarize(samples.ToArray());

    /// <summary>
    /// Summarises samples in place: the span is reordered. Percentiles come from selection rather than
    /// a full sort, so tables of thousands of intervals stay fast.
    /// </summary>
    public static Uncertainty Summarize(Span<double> samples)
    {
        var finite = 0;
        foreach (var x in samples)
        {
            if (double.IsFinite(x))
                samples[finite++] = x;
        }
        var values = samples[..finite];
        if (values.Length < 2)
            return None;
        double mean = 0, squares = 0;
        foreach (var x in values)
            mean += x / values.Length;
        foreach (var x in values)
            squares += (x - mean) * (x - mean);
        return new Uncertainty(
            OrderStatistics.Percentile(values, 50),
            Math.Sqrt(squares / (values.Length - 1)),
            OrderStatistics.Percentile(values, 2.5),
            OrderStatistics.Percentile(values, 97.5));
    }
}
