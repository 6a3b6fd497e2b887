namespace ScalingLaws.IO;

/// <summary>How <see cref="TableReader"/> reads a file.</summary>
public sealed record ReadOptions
{
    /// <summary>Which column holds which field; by default every field is recognised from the headers.</summary>
    public ColumnMap Map { get; init; } = ColumnMap.Automatic;

    /// <summary>The field separator of a CSV-like file; by default ',' (tab for .tsv).</summary>
    public char? Delimiter { get; init; }
}
