namespace ScalingLaws.Uncertainty;

/// <summary>Percentiles by selection (Hoare's quickselect), O(n) on average, reordering the span.</summary>
internal static class OrderStatistics
{
    /// <summary>numpy's default (linear) percentile of unsorted values; the span is reordered.</summary>
    public static double Percentile(Span<double> values, double percent)
    {
        var position = percent / 100 * (values.Length - 1);
        var below = (int)Math.Floor(position);
        var low = Select(values, below);
        if (below + 1 >= values.Length || position == below)
            return low;
        // After selection everything past `below` is at least `low`; the next order statistic is their minimum.
        var high = double.PositiveInfinity;
        foreach (var x in values[(below + 1)..])
            high = Math.Min(high, x);
        return low + (position - below) * (high - low);
    }

    /// <summary>The k-th smallest value (0-based); on return values[k] holds it, smaller ones before, larger after.</summary>
    public static double Select(Span<double> values, int k)
    {
        int lo = 0, hi = values.Length - 1;
        while (hi > lo)
        {
            var pivot = MedianOfThree(values[lo], values[lo + (hi - lo) / 2], values[hi]);
            int i = lo, j = hi;
            while (i <= j)
            {
                while (values[i] < pivot)
                    i++;
                while (values[j] > pivot)
                    j--;
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            if (k <= j)
                hi = j;
            else if (k >= i)
                lo = i;
            else
                return values[k];
        }
        return values[k];
    }

    private static double MedianOfThree(double a, double b, double c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
