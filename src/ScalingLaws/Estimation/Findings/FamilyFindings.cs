namespace ScalingLaws.Estimation.Findings;

/// <summary>The findings of one family, with the reference cell (k, p) the single-cell findings read.</summary>
/// <param name="Family">The family.</param>
/// <param name="Target">The model predicted.</param>
/// <param name="ReferenceK">The k the single-cell findings read.</param>
/// <param name="ReferenceFraction">The p the single-cell findings read.</param>
/// <param name="Findings">Each finding.</param>
/// <param name="ScoredCells">The cells of the study's grid (under the token cut) that were scored: none, and every finding is inconclusive.</param>
public sealed record FamilyFindings(string Family, string Target, int ReferenceK, double ReferenceFraction, IReadOnlyList<Finding> Findings, int ScoredCells);
