using System.Globalization;

namespace ScalingLaws.Estimation.Findings;

/// <summary>
/// The findings, computed from evaluation results alone (no fitting here): each compares cells of
/// one family's studies and judges the paper's claim (Choshen et al. 2024, "Paper-level claims" in
/// shared/data/README.md).
/// </summary>
internal static class FindingRules
{
    /// <summary>The guide's claim about early checkpoints.</summary>
    public const string TokenCutClaim = "Drop checkpoints before 10B tokens.";
    /// <summary>The guide's claim about the number of models.</summary>
    public const string ModelCountClaim = "About 5 models is \"a safe bet\".";
    /// <summary>The guide's claim about training the target itself.</summary>
    public const string TargetFractionClaim = "Training the target model itself needs up to about 30 % of its run.";
    /// <summary>The borrowed-exponent rule's note.</summary>
    public const string BorrowingClaim = "No paper-level claim; A and alpha borrowed from Muennighoff et al. (the paper's one-model variant) against a free fit.";

    /// <summary>
    /// (a) The 10B-token cut: the mean error over the cells that fit both with and without the cut.
    /// Agrees when the cut lowers it; inconclusive when the cut removes no training checkpoint.
    /// </summary>
    public static Finding TokenCut(FamilyEvaluation withCut, FamilyEvaluation withoutCut, double minTokens = EvaluationSettings.GuideMinTokens)
    {
        var pairs = Pairs(withCut, withoutCut);
        var cut = $"the {Tokens(minTokens)} cut";
        if (pairs.Count == 0)
            return new Finding("token-cut", TokenCutClaim, Verdict.Inconclusive, $"no cell fitted both with and without {cut}.", []);
        var (meanCut, meanAll) = (pairs.Average(p => p.A.Are), pairs.Average(p => p.B.Are));
        FindingValue[] values =
        [
            new($"mean ARE with {cut}", meanCut, FindingUnit.Are),
            new($"mean ARE without {cut}", meanAll, FindingUnit.Are),
            new("cells compared", pairs.Count, FindingUnit.Count),
        ];
        if (pairs.All(p => p.A.TrainRows == p.B.TrainRows))
            return new Finding("token-cut", TokenCutClaim, Verdict.Inconclusive,
                $"{cut} removes no training checkpoint here (every one is above it), so it cannot matter: {Pct(meanCut)} either way.", values);
        var better = meanCut < meanAll;
        return new Finding("token-cut", TokenCutClaim, better ? Verdict.Agrees : Verdict.Disagrees,
            $"mean ARE {Pct(meanCut)} with {cut} against {Pct(meanAll)} without, over the same {pairs.Count} cells: the cut {(better ? "helps" : "does not help")}.", values);
    }

    /// <summary>
    /// (b) The number of models: the error at fraction <paramref name="fraction"/> for each k, and
    /// whether k = <paramref name="suggested"/> (or the largest k the family has, if fewer) is within
    /// <paramref name="withinPoints"/> percentage points of the best k.
    /// </summary>
    public static Finding ModelCount(FamilyEvaluation grid, double fraction = 1.0, int suggested = 5, double withinPoints = 2.0)
    {
        var row = Row(grid, fraction);
        var values = row.Select(r => new FindingValue($"k = {r.K}, p = {Frac(fraction)}", r.Are, FindingUnit.Are)).ToList();
        var ok = row.Where(r => double.IsFinite(r.Are)).ToArray();
        var k = ReferenceK(grid, suggested);
        var mine = row.FirstOrDefault(r => r.K == k);
        if (ok.Length == 0 || mine.K == 0 || !double.IsFinite(mine.Are))
            return new Finding("model-count", ModelCountClaim, Verdict.Inconclusive, $"the cell k = {k}, p = {Frac(fraction)} did not fit.", values);
        var best = ok.MinBy(r => r.Are);
        var gap = 100 * (mine.Are - best.Are);
        values.Add(new FindingValue("best k", best.K, FindingUnit.Count));
        values.Add(new FindingValue($"k = {k} minus best", gap, FindingUnit.Points));
        var enough = gap <= withinPoints + 1e-9;
        var which = k == suggested ? $"k = {k}" : $"k = {k} (the most this family allows, {suggested} asked)";
        return new Finding("model-count", ModelCountClaim, enough ? Verdict.Agrees : Verdict.Disagrees,
            $"at p = {Frac(fraction)}, {which} gives {Pct(mine.Are)}; the best is k = {best.K} at {Pct(best.Are)}, " +
            $"{gap.ToString("F1", CultureInfo.InvariantCulture)} points apart ({(enough ? "within" : "beyond")} {withinPoints.ToString("G3", CultureInfo.InvariantCulture)}).", values);
    }

    /// <summary>
    /// (c) Partial training of the target: the error at the reference cell (k, p) without and with the
    /// target's own first p_t of its run, and the smallest p_t reaching <paramref name="goodAre"/>.
    /// Agrees when that p_t is at most <paramref name="claimed"/>; inconclusive when the cell is already
    /// within <paramref name="goodAre"/> without the target.
    /// </summary>
    public static Finding TargetFraction(
        FamilyEvaluation baseline, IReadOnlyList<(double TargetFraction, FamilyEvaluation Evaluation)> runs,
        int k, double fraction = 1.0, double goodAre = 0.05, double claimed = 0.3)
    {
        var cell = $"k = {k}, p = {Frac(fraction)}";
        var without = Are(baseline, k, fraction);
        var values = new List<FindingValue> { new($"{cell}, no target checkpoints", without, FindingUnit.Are) };
        var points = runs.OrderBy(r => r.TargetFraction).Select(r => (Pt: r.TargetFraction, Are: Are(r.Evaluation, k, fraction))).ToArray();
        values.AddRange(points.Select(x => new FindingValue($"{cell}, p_t = {Frac(x.Pt)}", x.Are, FindingUnit.Are)));
        if (points.All(x => !double.IsFinite(x.Are)))
            return new Finding("target-fraction", TargetFractionClaim, Verdict.Inconclusive, $"no fit at {cell} with the target partly trained.", values);
        if (double.IsFinite(without) && without <= goodAre)
            return new Finding("target-fraction", TargetFractionClaim, Verdict.Inconclusive,
                $"{cell} already gives {Pct(without)} without the target, within {Pct(goodAre)}, so the target's own checkpoints are not needed here " +
                $"(with them: {string.Join(", ", points.Select(x => $"p_t = {Frac(x.Pt)} {Pct(x.Are)}"))}).", values);
        var reach = points.Where(x => double.IsFinite(x.Are) && x.Are <= goodAre).Select(x => (double?)x.Pt).FirstOrDefault();
        var best = points.Where(x => double.IsFinite(x.Are)).MinBy(x => x.Are);
        if (reach is not { } pt)
            return new Finding("target-fraction", TargetFractionClaim, Verdict.Disagrees,
                $"no p_t up to {Frac(points[^1].Pt)} reaches {Pct(goodAre)} at {cell}; the best is {Pct(best.Are)} at p_t = {Frac(best.Pt)} (without the target: {Pct(without)}).", values);
        values.Add(new FindingValue($"smallest p_t with ARE ≤ {Pct(goodAre)}", pt, FindingUnit.Fraction));
        var agrees = pt <= claimed + 1e-9;
        return new Finding("target-fraction", TargetFractionClaim, agrees ? Verdict.Agrees : Verdict.Disagrees,
            $"at {cell}, training the target to p_t = {Frac(pt)} gives ≤ {Pct(goodAre)} ({Pct(points.First(x => x.Pt == pt).Are)}; without it {Pct(without)}), " +
            $"{(agrees ? "within" : "beyond")} the claimed ~{Frac(claimed)}.", values);
    }

    /// <summary>
    /// (d) Borrowing A and α from elsewhere (<paramref name="source"/>) against the free fit: the mean
    /// error over the cells both fit, the reference cell, and the smallest k. The paper states no
    /// claim, so the verdict is <see cref="Verdict.NoClaim"/>.
    /// </summary>
    public static Finding Borrowing(FamilyEvaluation free, FamilyEvaluation borrowed, string source, int k, double fraction = 1.0)
    {
        var pairs = Pairs(free, borrowed);
        if (pairs.Count == 0)
            return new Finding("borrowing", BorrowingClaim, Verdict.NoClaim, "no cell fitted both free and with borrowed exponents.", []);
        var (meanFree, meanBorrowed) = (pairs.Average(p => p.A.Are), pairs.Average(p => p.B.Are));
        var smallest = pairs.Min(p => p.A.K);
        var small = pairs.Where(p => p.A.K == smallest).ToArray();
        var (smallFree, smallBorrowed) = (small.Average(p => p.A.Are), small.Average(p => p.B.Are));
        var cell = $"k = {k}, p = {Frac(fraction)}";
        FindingValue[] values =
        [
            new("mean ARE, free fit", meanFree, FindingUnit.Are),
            new($"mean ARE, borrowed from {source}", meanBorrowed, FindingUnit.Are),
            new($"{cell}, free fit", Are(free, k, fraction), FindingUnit.Are),
            new($"{cell}, borrowed", Are(borrowed, k, fraction), FindingUnit.Are),
            new($"k = {smallest} (mean over p), free fit", smallFree, FindingUnit.Are),
            new($"k = {smallest} (mean over p), borrowed", smallBorrowed, FindingUnit.Are),
            new("cells compared", pairs.Count, FindingUnit.Count),
        ];
        return new Finding("borrowing", BorrowingClaim, Verdict.NoClaim,
            $"borrowing A and alpha from {source}: mean ARE {Pct(meanBorrowed)} against {Pct(meanFree)} free over {pairs.Count} cells " +
            $"({(meanBorrowed < meanFree ? "better" : "worse")}); at k = {smallest} {Pct(smallBorrowed)} against {Pct(smallFree)}.", values);
    }

    /// <summary>k = <paramref name="suggested"/> if the family has it, else the nearest k it has (the largest below, else the smallest).</summary>
    public static int ReferenceK(FamilyEvaluation grid, int suggested = 5)
    {
        var ks = grid.Cells.Select(c => c.K).Distinct().Order().ToArray();
        if (ks.Length == 0)
            return suggested;
        return ks.Contains(suggested) ? suggested : ks.Where(k => k < suggested).DefaultIfEmpty(ks[0]).Max();
    }

    /// <summary>A cell's error (NaN if missing or not Ok); several cells with the same k and p are averaged.</summary>
    public static double Are(FamilyEvaluation family, int k, double fraction)
    {
        var cells = family.Cells.Where(c => c.K == k && Same(c.Fraction, fraction) && c.Status == CellStatus.Ok && double.IsFinite(c.Are)).ToArray();
        return cells.Length == 0 ? double.NaN : cells.Average(c => c.Are);
    }

    private static (int K, double Are)[] Row(FamilyEvaluation grid, double fraction) =>
        [.. grid.Cells.Select(c => c.K).Distinct().Order().Select(k => (k, Are(grid, k, fraction)))];

    private static List<(EvaluationCell A, EvaluationCell B)> Pairs(FamilyEvaluation a, FamilyEvaluation b) =>
        [.. from x in a.Cells.Where(Ok)
            join y in b.Cells.Where(Ok) on (x.K, Math.Round(x.Fraction, 9), x.TrainModel) equals (y.K, Math.Round(y.Fraction, 9), y.TrainModel)
            select (x, y)];

    private static bool Ok(EvaluationCell c) => c.Status == CellStatus.Ok && double.IsFinite(c.Are);

    private static bool Same(double a, double b) => Math.Abs(a - b) < 1e-9;

    internal static string Pct(double are) => double.IsFinite(are) ? (100 * are).ToString("F2", CultureInfo.InvariantCulture) + " %" : "—";

    internal static string Frac(double p) => p.ToString("0.0##", CultureInfo.InvariantCulture);

    private static string Tokens(double tokens) => tokens switch
    {
        >= 1e9 and < 1e12 => (tokens / 1e9).ToString("G3", CultureInfo.InvariantCulture) + "B-token",
        _ => tokens.ToString("G3", CultureInfo.InvariantCulture) + "-token",
    };
}
