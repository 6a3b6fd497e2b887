namespace ScalingLaws.Data;

/// <summary>What fitting a whole table as one law would pool.</summary>
public enum PoolingKind
{
    /// <summary>Families whose losses are known to be different quantities (dataset metadata): one law cannot fit them.</summary>
    DifferentLosses,

    /// <summary>Several values in the family column.</summary>
    Families,

    /// <summary>A column that splits the rows into groups whose separate fits differ visibly.</summary>
    Configurations,
}

/// <summary>One group of pooled rows: its name (a family, or a configuration's values joined by '/'), rows and loss when known.</summary>
public sealed record PooledGroup(string Name, int Rows, string? Loss = null);

/// <summary>
/// Rows of different families or configurations about to be fitted as one law.
/// </summary>
/// <param name="Columns">The columns that tell the groups apart: <c>family</c>, or e.g. <c>source</c> and <c>config_index</c>.</param>
/// <param name="Values">Per group, its value in each of <paramref name="Columns"/>, for a selection that keeps one.</param>
/// <param name="ResidualRatio">For configurations: how many times larger the residuals of one pooled fit are than those of separate fits.</param>
public sealed record PoolingDiagnostic(
    PoolingKind Kind,
    IReadOnlyList<string> Columns,
    IReadOnlyList<PooledGroup> Groups,
    IReadOnlyList<IReadOnlyList<string>> Values,
    double ResidualRatio = double.NaN);
