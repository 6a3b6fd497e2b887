namespace ScalingLaws.IO.Selection;

/// <summary>What a <see cref="RowSelection"/> selected, as output says it and JSON carries it (the <c>selection</c> object).</summary>
/// <param name="Rows">Rows kept (before row rules such as a minimum token count).</param>
/// <param name="Of">Rows read.</param>
public sealed record SelectionSummary(
    IReadOnlyList<string> Families,
    IReadOnlyList<string> Where,
    IReadOnlyList<string> ExcludedModels,
    int Rows,
    int Of)
{
    /// <summary>The warning that the selected rows pool several families or configurations into one law, as the front end words it.</summary>
    public string? Warning { get; init; }

    /// <summary>Every one of <paramref name="rows"/> rows.</summary>
    public static SelectionSummary Everything(int rows) => new([], [], [], rows, rows);

    /// <summary>E.g. "selected family Pythia, tokens&lt;20B: 534 of 2,136 rows".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Families.Count > 0)
            parts.Add($"{(Families.Count == 1 ? "family" : "families")} {string.Join(", ", Families)}");
        parts.AddRange(Where);
        if (ExcludedModels.Count > 0)
            parts.Add($"without {string.Join(", ", ExcludedModels)}");
        return $"selected {string.Join(", ", parts)}: {RowSelection.Count(Rows)} of {RowSelection.Count(Of)} rows";
    }
}
