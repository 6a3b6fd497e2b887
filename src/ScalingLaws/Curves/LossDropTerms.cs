namespace ScalingLaws.Curves;

/// <summary>
/// The Multi-Power Law's loss drop at each logged step t, LD(t) = Σ_{k=1..t} Δ_k·G(η_k^(−γ)·S_k(t)) with
/// Δ_k = η_k − η_{k−1}, S_k(t) = P_t − P_{k−1} and G(x) = 1 − (1 + C·x)^(−β), prepared once per curve so that an
/// evaluation costs a few terms per point instead of one per optimizer step.
/// <para>
/// Steps whose rate does not change (Δ_k = 0) contribute nothing and are skipped. The most recent steps before t,
/// where G changes fast, are summed one by one; further back, consecutive steps of one sign of Δ are merged into a
/// block whenever the block's spread of S_k(t) is at most <c>tolerance</c> × its smallest S_k(t) and the spread
/// (standard deviation) of ln η_k is at most <c>tolerance</c>. A block enters as one term at its Δ-weighted centre
/// (mean S_k(t) and mean ln η_k), which is exact to first order; the second-order error is at most about
/// β(β+1)·tolerance²/8 of the block's share of Σ Δ_k·(1 − G). Block widths grow geometrically with the distance from t,
/// so a point costs O(log t / tolerance) terms. Tolerance 0 gives the exact sum, one term per changing step.
/// </para>
/// </summary>
internal sealed class LossDropTerms(int[] offsets, double[] mass, double[] lnArea, double[] lnRate, double[] rateChange)
{
    /// <summary>The terms of point i are Offsets[i] … Offsets[i+1] − 1.</summary>
    public int[] Offsets { get; } = offsets;

    /// <summary>Σ Δ_k over the term's steps (one sign).</summary>
    public double[] Mass { get; } = mass;

    /// <summary>ln of the term's mean S_k(t).</summary>
    public double[] LnArea { get; } = lnArea;

    /// <summary>The term's mean ln η_k.</summary>
    public double[] LnRate { get; } = lnRate;

    public double[] MassLnRate { get; } = [.. mass.Zip(lnRate, (m, l) => m * l)];

    /// <summary>η_t − η_0 = Σ_{k≤t} Δ_k per point: LD(t) = that − Σ_terms Mass·(1 + C·x)^(−β); steps with η_k = 0 have G = 1.</summary>
    public double[] RateChange { get; } = rateChange;

    public int Count => Mass.Length;

    public static LossDropTerms Build(LearningRateSchedule schedule, IReadOnlyList<int> steps, double tolerance)
    {
        var prefix = new Prefix(schedule);
        var offsets = new int[steps.Count + 1];
        var (mass, lnArea, lnRate) = (new List<double>(), new List<double>(), new List<double>());
        var rates = schedule.Rates;
        var totalDrop = new double[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            var t = steps[i];
            totalDrop[i] = rates[t] - rates[0];
            var areaT = schedule.Areas[t];
            for (var end = prefix.LastChange(t); end >= 1;)
            {
                var start = end - prefix.Width(end, areaT, tolerance) + 1;
                prefix.Emit(start, end, areaT, mass, lnArea, lnRate);
                end = prefix.LastChange(start - 1);
            }
            offsets[i + 1] = mass.Count;
        }
        return new LossDropTerms(offsets, [.. mass], [.. lnArea], [.. lnRate], totalDrop);
    }

    /// <summary>Running sums over k = 1 … K, one set per sign of Δ_k, so that any block's moments cost O(1).</summary>
    private sealed class Prefix
    {
        private readonly double[] rates, areas;
        private readonly int[] lastChange;
        private readonly Moments rising, falling;

        public Prefix(LearningRateSchedule schedule)
        {
            rates = schedule.Rates.ToArray();
            areas = schedule.Areas.ToArray();
            var n = rates.Length;
            lastChange = new int[n];
            (rising, falling) = (new Moments(n), new Moments(n));
            for (var k = 1; k < n; k++)
            {
                var delta = rates[k] - rates[k - 1];
                lastChange[k] = delta != 0 ? k : lastChange[k - 1];
                // A step to η = 0 has G = 1 whatever S_k(t): it is all in η_t − η_0, never a term.
                var counted = rates[k] > 0 ? delta : 0;
                rising.Add(k, counted > 0 ? counted : 0, areas[k - 1], rates[k]);
                falling.Add(k, counted < 0 ? counted : 0, areas[k - 1], rates[k]);
            }
        }

        /// <summary>The last step at or before <paramref name="k"/> where the rate changes; 0 when none.</summary>
        public int LastChange(int k) => lastChange[k];

        /// <summary>The widest block ending at <paramref name="end"/> (doubling from 1) that meets the tolerance.</summary>
        public int Width(int end, double areaT, double tolerance)
        {
            var nearest = areaT - areas[end - 1]; // the smallest S_k(t) in any block ending here
            var width = 1;
            while (end - 2 * width + 1 >= 1)
            {
                var start = end - 2 * width + 1;
                if (areas[end - 1] - areas[start - 1] > tolerance * nearest || !rising.Narrow(start, end, tolerance) || !falling.Narrow(start, end, tolerance))
                    break;
                width *= 2;
            }
            return width;
        }

        public void Emit(int start, int end, double areaT, List<double> mass, List<double> lnArea, List<double> lnRate)
        {
            foreach (var moments in (ReadOnlySpan<Moments>)[rising, falling])
            {
                var m = moments.Mass(start, end);
                if (m == 0)
                    continue;
                // A single step is taken as is, not through differences of running sums.
                var (meanArea, meanLnRate) = start == end
                    ? (areas[end - 1], Math.Log(rates[end]))
                    : (moments.MeanArea(start, end), moments.MeanLnRate(start, end));
                var area = areaT - meanArea;
                if (!(area > 0))
                    continue; // G(0) = 0
                mass.Add(m);
                lnArea.Add(Math.Log(area));
                lnRate.Add(meanLnRate);
            }
        }
    }

    /// <summary>Running Σ Δ, Σ Δ·P_{k−1}, Σ Δ·ln η_k and Σ Δ·(ln η_k)² over the steps of one sign.</summary>
    private sealed class Moments(int n)
    {
        private readonly double[] mass = new double[n], area = new double[n], lnRate = new double[n], lnRate2 = new double[n];

        public void Add(int k, double delta, double previousArea, double rate)
        {
            var l = delta != 0 ? Math.Log(rate) : 0;
            mass[k] = mass[k - 1] + delta;
            area[k] = area[k - 1] + delta * previousArea;
            lnRate[k] = lnRate[k - 1] + delta * l;
            lnRate2[k] = lnRate2[k - 1] + delta * l * l;
        }

        public double Mass(int start, int end) => mass[end] - mass[start - 1];

        public double MeanArea(int start, int end) => (area[end] - area[start - 1]) / Mass(start, end);

        public double MeanLnRate(int start, int end) => (lnRate[end] - lnRate[start - 1]) / Mass(start, end);

        /// <summary>True when ln η varies by at most <paramref name="tolerance"/> (one standard deviation) over the block's steps.</summary>
        public bool Narrow(int start, int end, double tolerance)
        {
            var m = Mass(start, end);
            if (m == 0)
                return true;
            var mean = MeanLnRate(start, end);
            var variance = (lnRate2[end] - lnRate2[start - 1]) / m - mean * mean;
            return variance <= tolerance * tolerance;
        }
    }
}
