using System.Globalization;

namespace ScalingLaws.Planning;

/// <summary>
/// Finds the compute budgets of an IsoFLOP sweep from the runs' C alone, or says that the runs are not one.
/// A budget is a group of runs of at least <see cref="MinimumSizes"/> model sizes at near-constant C; a design
/// needs <see cref="MinimumBudgets"/> of them holding at least half of the runs. Two ways are tried in turn:
/// <list type="number">
/// <item>gaps: split the sorted log10 C wherever it jumps by more than the tolerance; this is the design when
/// every group of several sizes is narrower than the tolerance (exact or nearly exact budgets, any values);</item>
/// <item>round values: when noise in C fills the gaps (C read off a figure), runs join the nearest point within
/// the tolerance of a grid of round budgets (1, 1-3, 1-3-6, 1-2-3-6 or 1-2-5 × 10^k). The finest grid whose every
/// point between its first and last budget is populated, about as densely as its others, wins.</item>
/// </list>
/// Compute that varies continuously (a grid over N × D, checkpoints along training curves) passes neither.
/// </summary>
internal static class BudgetDetection
{
    /// <summary>Sizes a budget needs.</summary>
    public const int MinimumSizes = 3;

    /// <summary>Budgets an IsoFLOP design needs.</summary>
    public const int MinimumBudgets = 3;

    // Nested round grids, coarse to fine: a finer grid is taken only when the points it adds are populated too.
    private static readonly double[][] Grids = [[1], [1, 3], [1, 3, 6], [1, 2, 3, 6], [1, 2, 5]];

    // A grid point counts as populated when the runs near it (within half the tolerance, where a budget's runs
    // gather) reach this fraction of the median over the grid's points, so that a few stray runs between two
    // budgets do not make a budget of their own.
    private const double PopulatedFraction = 0.4;

    // Budgets must gather runs more densely than the stretches of C between them, or the "budgets" are
    // just windows laid over compute that varies continuously.
    private const double MinimumContrast = 1.5;

    /// <summary>Groups <paramref name="runs"/> into budgets whose FLOPs agree within <paramref name="toleranceDex"/> decades, or says why they are not an IsoFLOP design.</summary>
    public static BudgetDesign Detect(IReadOnlyList<Observation> runs, double toleranceDex)
    {
        if (!(toleranceDex > 0))
            throw new ScalingLawsException($"the budget tolerance must be positive, got {toleranceDex:G3} dex.");
        var withCompute = runs.Where(r => r.Flops > 0 && double.IsFinite(r.Flops)).OrderBy(r => r.Flops).ToList();
        if (withCompute.Count == 0)
            return Refused("no run has a positive compute C");
        var gaps = ByGaps(withCompute, toleranceDex);
        if (gaps.IsIsoFlop)
            return gaps;
        var grid = Grids.Select(g => OnGrid(withCompute, g, toleranceDex)).OfType<BudgetDesign>().Where(d => d.IsIsoFlop)
            .MaxBy(d => d.Budgets.Sum(b => b.Runs.Count));
        return grid ?? gaps;
    }

    private static BudgetDesign ByGaps(List<Observation> sorted, double toleranceDex)
    {
        var groups = new List<List<Observation>> { new() { sorted[0] } };
        for (var i = 1; i < sorted.Count; i++)
        {
            if (Dex(sorted[i].Flops, sorted[i - 1].Flops) > toleranceDex)
                groups.Add([]);
            groups[^1].Add(sorted[i]);
        }
        var budgets = groups.Where(g => Sizes(g) >= MinimumSizes).ToList();
        var wide = budgets.Where(g => Width(g) > toleranceDex).MaxBy(Width);
        if (wide is not null)
        {
            return Refused($"compute varies continuously (runs of {MinimumSizes} sizes or more spread from {Format(wide[0].Flops)} to {Format(wide[^1].Flops)} FLOPs with no gap wider than {toleranceDex:G3} dex), " +
                $"so there are no {MinimumBudgets} budgets with {MinimumSizes} sizes each");
        }
        return Design([.. budgets.Select(g => new DetectedBudget(Label(g), g))], sorted.Count, BudgetSource.Gaps, null, toleranceDex);
    }

    // Null when the grid does not fit: its points closer than twice the tolerance (a run could join two), fewer
    // than MinimumBudgets populated points, a gap among them, or budgets that do not stand out from the runs between.
    private static BudgetDesign? OnGrid(List<Observation> sorted, double[] mantissas, double toleranceDex)
    {
        if (Spacing(mantissas) <= 2 * toleranceDex)
            return null;
        var (low, high) = (Math.Log10(sorted[0].Flops), Math.Log10(sorted[^1].Flops));
        var points = Enumerable.Range((int)Math.Floor(low) - 1, (int)Math.Ceiling(high) - (int)Math.Floor(low) + 2)
            .SelectMany(decade => mantissas.Select(m => m * Math.Pow(10, decade)))
            .Where(p => Math.Log10(p) >= low - toleranceDex && Math.Log10(p) <= high + toleranceDex)
            .ToList();
        var cores = points.Select(p => Near(sorted, p, toleranceDex / 2)).ToList();
        var candidates = cores.Where(c => Sizes(c) >= MinimumSizes).Select(c => (double)c.Count).ToArray();
        if (candidates.Length < MinimumBudgets)
            return null;
        var threshold = PopulatedFraction * Median(candidates);
        var populated = cores.Select(c => Sizes(c) >= MinimumSizes && c.Count >= threshold).ToList();
        var (first, last) = (populated.IndexOf(true), populated.LastIndexOf(true));
        if (populated.Skip(first).Take(last - first + 1).Any(p => !p))
            return null;
        var budgets = points.Skip(first).Take(last - first + 1).Select(p => new DetectedBudget(p, Near(sorted, p, toleranceDex))).ToList();
        if (Contrast(sorted, budgets, toleranceDex) < MinimumContrast)
            return null;
        return Design(budgets, sorted.Count, BudgetSource.RoundGrid, string.Join("-", mantissas.Select(m => m.ToString(CultureInfo.InvariantCulture))), toleranceDex);
    }

    // The smallest step between neighbouring points of a grid, in dex (the last mantissa to 10 included).
    private static double Spacing(double[] mantissas) =>
        mantissas.Append(10).Zip(mantissas.Append(10).Skip(1), (a, b) => Math.Log10(b / a)).Min();

    private static BudgetDesign Design(List<DetectedBudget> budgets, int runs, BudgetSource source, string? grid, double toleranceDex)
    {
        var used = budgets.Sum(b => b.Runs.Count);
        if (budgets.Count < MinimumBudgets)
            return Refused($"{Groups(budgets.Count)} of runs at one compute budget {(budgets.Count > 1 ? "have" : "has")} {MinimumSizes} model sizes or more; Approach 2 needs {MinimumBudgets}");
        if (2 * used < runs)
            return Refused($"only {used} of {runs} runs lie at the {budgets.Count} budgets found; the others' compute varies continuously");
        return new BudgetDesign(budgets, source, grid, runs - used, toleranceDex, null);
    }

    private static string Groups(int count) => count switch
    {
        0 => "no group",
        1 => "only 1 group",
        _ => $"only {count} groups",
    };

    private static BudgetDesign Refused(string reason) => new([], BudgetSource.None, null, 0, double.NaN, reason);

    // Density of runs in log C within the budgets' windows against that between them, over the budgets' span.
    private static double Contrast(List<Observation> sorted, List<DetectedBudget> budgets, double toleranceDex)
    {
        var inside = budgets.Sum(b => b.Runs.Count);
        var (from, to) = (Math.Log10(budgets[0].Flops) - toleranceDex, Math.Log10(budgets[^1].Flops) + toleranceDex);
        var spanned = sorted.Count(r => Math.Log10(r.Flops) is var x && x >= from && x <= to);
        var windows = budgets.Count * 2 * toleranceDex;
        var between = Math.Max(to - from - windows, toleranceDex);
        var outside = spanned - inside;
        return outside == 0 ? double.PositiveInfinity : inside / windows / (outside / between);
    }

    private static List<Observation> Near(List<Observation> sorted, double flops, double dex) =>
        [.. sorted.Where(r => Math.Abs(Dex(r.Flops, flops)) <= dex)];

    // The roundest value (fewest significant digits, up to 3) within the runs' range of C: the compute they
    // share when they share one exactly, 1.25e17 for runs within 1% of it, else their geometric mean to 3 digits.
    private static double Label(List<Observation> sorted)
    {
        var (low, high) = (sorted[0].Flops, sorted[^1].Flops);
        if (low == high)
            return low;
        var mean = Math.Exp(sorted.Average(r => Math.Log(r.Flops)));
        return Enumerable.Range(1, 3).Select(digits => Round(mean, digits)).FirstOrDefault(v => v >= low && v <= high, Round(mean, 3));
    }

    private static double Round(double value, int digits)
    {
        var scale = Math.Pow(10, Math.Floor(Math.Log10(value)) - digits + 1);
        return Math.Round(value / scale) * scale;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double Width(List<Observation> sorted) => Dex(sorted[^1].Flops, sorted[0].Flops);

    private static int Sizes(IEnumerable<Observation> runs) => runs.Select(r => r.Params).Distinct().Count();

    private static double Dex(double a, double b) => Math.Log10(a / b);

    private static string Format(double flops) => flops.ToString("0.##e0", CultureInfo.InvariantCulture);
}
