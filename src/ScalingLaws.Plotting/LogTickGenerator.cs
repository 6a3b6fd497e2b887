namespace ScalingLaws.Plotting;

/// <summary>
/// Ticks for an axis whose coordinates are log10 of the quantity (ScottPlot 5 has no true log
/// axis; the data are transformed instead). Majors sit on decades, thinned to every second or
/// third decade when labels would collide, or on 1-2-5 steps when the range is under two decades;
/// minors mark 2…9 within each decade.
/// </summary>
internal sealed class LogTickGenerator(LogTickLabels labels) : ITickGenerator
{
    private static readonly double[][] MantissaSets = [[1], [1, 2, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9]];

    public Tick[] Ticks { get; set; } = [];

    public int MaxTickCount { get; set; } = 1000;

    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
        var (low, high) = (Math.Min(range.Min, range.Max), Math.Max(range.Min, range.Max));
        if (!double.IsFinite(low) || !double.IsFinite(high) || high - low <= 0 || size.Length <= 0)
        {
            Ticks = [];
            return;
        }

        var horizontal = edge is Edge.Bottom or Edge.Top;
        var pixelsPerDecade = size.Length / (high - low);
        var first = (int)Math.Floor(low);
        var last = (int)Math.Ceiling(high);

        // Three or more decades: label decades, thinned until the widest label fits with a gap.
        if (Decades(first, last, 1, low, high).Count >= 3)
        {
            for (var step = 1; ; step++)
            {
                var majors = Decades(first, last, step, low, high);
                if (majors.Count <= 2 || step * pixelsPerDecade >= MinimumSpacing(majors, horizontal, paint, labelStyle))
                {
                    Ticks = [.. majors.Select(Major), .. DecadeMinors(first, last, step, low, high, pixelsPerDecade)];
                    return;
                }
            }
        }

        // Fewer decades: 1-2-5 (or 1…9) steps, the densest that still fits.
        var best = Decades(first, last, 1, low, high);
        foreach (var mantissas in MantissaSets.Skip(1))
        {
            var candidate = WithMantissas(first, last, mantissas, low, high);
            if (candidate.Count > best.Count && (best.Count < 2 || SmallestGap(candidate) * pixelsPerDecade >= MinimumSpacing(candidate, horizontal, paint, labelStyle)))
                best = candidate;
        }
        if (best.Count == 0)
            best = [(low + high) / 2];
        Ticks = [.. best.Select(Major), .. DecadeMinors(first, last, 1, low, high, pixelsPerDecade).Where(t => !best.Any(b => Math.Abs(b - t.Position) < 1e-9))];
    }

    private Tick Major(double position) => Tick.Major(position, QuantityLabels.Tick(position, labels));

    private static List<double> Decades(int first, int last, int step, double low, double high)
    {
        var start = (int)(Math.Ceiling(first / (double)step) * step);
        var positions = new List<double>();
        for (var k = start; k <= last; k += step)
        {
            if (k >= low - 1e-9 && k <= high + 1e-9)
                positions.Add(k);
        }
        return positions;
    }

    private static List<double> WithMantissas(int first, int last, double[] mantissas, double low, double high)
    {
        var positions = new List<double>();
        for (var k = first; k <= last; k++)
        {
            foreach (var m in mantissas)
            {
                var position = k + Math.Log10(m);
                if (position >= low - 1e-9 && position <= high + 1e-9)
                    positions.Add(position);
            }
        }
        return positions;
    }

    /// <summary>Minor ticks: 2…9 inside each decade when decades are labelled one by one, else the skipped decades.</summary>
    private static IEnumerable<Tick> DecadeMinors(int first, int last, int step, double low, double high, double pixelsPerDecade)
    {
        for (var k = first - 1; k <= last; k++)
        {
            if (step > 1)
            {
                if (k % step != 0 && k >= low && k <= high)
                    yield return Tick.Minor(k);
                continue;
            }
            if (pixelsPerDecade < 25)
                continue;
            for (var m = 2; m <= 9; m++)
            {
                var position = k + Math.Log10(m);
                if (position >= low && position <= high)
                    yield return Tick.Minor(position);
            }
        }
    }

    private float MinimumSpacing(List<double> positions, bool horizontal, Paint paint, LabelStyle labelStyle)
    {
        var widest = 0f;
        var tallest = 0f;
        foreach (var position in positions)
        {
            var measured = labelStyle.Measure(QuantityLabels.Tick(position, labels), paint);
            widest = Math.Max(widest, measured.Width);
            tallest = Math.Max(tallest, measured.Height);
        }
        return horizontal ? widest + Math.Max(12, labelStyle.FontSize) : tallest * 1.8f;
    }

    private static double SmallestGap(List<double> positions)
    {
        var gap = double.PositiveInfinity;
        for (var i = 1; i < positions.Count; i++)
            gap = Math.Min(gap, positions[i] - positions[i - 1]);
        return gap;
    }
}
