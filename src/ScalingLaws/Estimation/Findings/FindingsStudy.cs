namespace ScalingLaws.Estimation.Findings;

/// <summary>
/// Runs the studies the findings need on a table (the grid with and without the token cut, the grid
/// at p = 1 with the target partly trained, and the grid with A and α borrowed from Muennighoff et al.)
/// and computes each family's findings with <see cref="FindingRules"/>.
/// </summary>
public sealed class FindingsStudy(FindingsSettings? settings = null)
{
    /// <summary>The study's settings.</summary>
    public FindingsSettings Settings { get; } = settings ?? new FindingsSettings();

    /// <summary>The fraction p the single-cell findings read: the whole run.</summary>
    public const double ReferenceFraction = 1.0;

    /// <summary>Tests the guide's claims on every family of <paramref name="table"/>.</summary>
    public IReadOnlyList<FamilyFindings> Run(ObservationTable table, CancellationToken cancellation = default)
    {
        var s = Settings;
        var baseline = new EvaluationSettings { Method = s.Method, MinTokens = s.MinTokens, Progress = s.Progress };
        var grid = Families(new EvaluationStudy(baseline).Run(table, cancellation));
        var noCut = Families(new EvaluationStudy(baseline with { MinTokens = 0 }).Run(table, cancellation));
        var partly = s.TargetFractions
            .Select(pt => (pt, Families(new EvaluationStudy(baseline with { TargetFraction = pt, Fractions = [ReferenceFraction] }).Run(table, cancellation))))
            .ToArray();
        const string source = "Muennighoff et al.";
        var borrowed = Families(new EvaluationStudy(baseline with { Method = s.Method.Borrowing(Math.Exp(Muennighoff.LogA), Muennighoff.Alpha) }).Run(table, cancellation));

        return [.. grid.Values.Select(family =>
        {
            var k = FindingRules.ReferenceK(family, s.SuggestedModels);
            Finding[] findings =
            [
                FindingRules.TokenCut(family, noCut[family.Family], s.MinTokens),
                FindingRules.ModelCount(family, ReferenceFraction, s.SuggestedModels, s.EnoughWithinPoints),
                FindingRules.TargetFraction(family, [.. partly.Select(x => (x.pt, x.Item2[family.Family]))], k, ReferenceFraction, s.GoodAre, s.ClaimedTargetFraction),
                FindingRules.Borrowing(family, borrowed[family.Family], source, k, ReferenceFraction),
                .. BorrowFromSibling(table, family, grid, baseline, k, cancellation),
            ];
            return new FamilyFindings(family.Family, family.Target, k, ReferenceFraction, findings, family.Cells.Count(c => c.Status == CellStatus.Ok));
        })];
    }

    /// <summary>
    /// With several families in the table: A and α borrowed from the other family with the most sizes
    /// (its free fit at the largest k, p = 1), against this family's free fit. The losses of one
    /// dataset share a unit, so its families' A are comparable; across datasets they need not be.
    /// </summary>
    private static IEnumerable<Finding> BorrowFromSibling(
        ObservationTable table, FamilyEvaluation family, Dictionary<string, FamilyEvaluation> grid, EvaluationSettings baseline, int k, CancellationToken cancellation)
    {
        var sibling = grid.Values.Where(f => f.Family != family.Family)
            .Select(f => (f.Family, Cell: f.Cells.Where(c => c.Status == CellStatus.Ok && c.Fit is not null && Math.Abs(c.Fraction - ReferenceFraction) < 1e-9).MaxBy(c => c.K)))
            .Where(x => x.Cell is not null)
            .OrderByDescending(x => x.Cell!.K)
            .FirstOrDefault();
        if (sibling.Cell?.Fit is not { } fit)
            yield break;
        var rows = table.Where(r => (r.Family ?? table.Source) == family.Family);
        var borrowed = new EvaluationStudy(baseline with { Method = baseline.Method.Borrowing(fit) }).Run(rows, cancellation).Families.Single();
        var finding = FindingRules.Borrowing(family, borrowed, $"{sibling.Family} (k = {sibling.Cell.K}, p = {ReferenceFraction:0.0})", k, ReferenceFraction);
        yield return finding with { Topic = "borrowing-family", Claim = "No paper-level claim; A and alpha borrowed from another family of the dataset against a free fit." };
    }

    private static Dictionary<string, FamilyEvaluation> Families(StudyResult result) =>
        result.Families.ToDictionary(f => f.Family, StringComparer.Ordinal);
}
