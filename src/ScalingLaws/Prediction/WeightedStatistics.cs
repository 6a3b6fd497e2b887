namespace ScalingLaws.Prediction;

/// <summary>Quantiles and means of weighted values (each held-out run weighs the same, whatever its number of rows).</summary>
internal static class WeightedStatistics
{
    /// <summary>The smallest value whose cumulative weight reaches <paramref name="fraction"/> of the total.</summary>
    public static double Quantile(IReadOnlyList<(double Value, double Weight)> items, double fraction)
    {
        var sorted = items.Where(i => i.Weight > 0 && double.IsFinite(i.Value)).OrderBy(i => i.Value).ToArray();
        if (sorted.Length == 0)
            return double.NaN;
        var target = fraction * sorted.Sum(i => i.Weight);
        var cumulative = 0.0;
        foreach (var (value, weight) in sorted)
        {
            cumulative += weight;
            if (cumulative >= target * (1 - 1e-12))
                return value;
        }
        return sorted[^1].Value;
    }

    public static double Mean(IReadOnlyList<(double Value, double Weight)> items)
    {
        double sum = 0, total = 0;
        foreach (var (value, weight) in items)
        {
            sum += value * weight;
            total += weight;
        }
        return total > 0 ? sum / total : double.NaN;
    }
}
