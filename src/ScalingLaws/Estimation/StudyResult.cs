namespace ScalingLaws.Estimation;

/// <summary>Every family's cells, and for the grid study their average over families.</summary>
public sealed record StudyResult(IReadOnlyList<FamilyEvaluation> Families, IReadOnlyList<AverageCell> Average)
{
    /// <summary>Whether any cell of any family was scored: without one, nothing measures the law's error.</summary>
    public bool AnyScored => Families.Any(f => f.Cells.Any(c => c.Status == CellStatus.Ok));
}
