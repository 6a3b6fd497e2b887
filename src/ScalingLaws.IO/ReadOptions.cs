namespace ScalingLaws.IO;

/// <summary>How <see cref="TableReader"/> reads a file.</summary>
public sealed record ReadOptions
{
    /// <summary>Which column holds which field; by default every field is recognised from the headers.</summary>
    public ColumnMap Map { get; init; } = ColumnMap.Automatic;

    /// <summary>The field separator of a CSV-like file; by default ',' (tab for .tsv).</summary>
    public char? Delimiter { get; init; }

    /// <summary>The input's format, when its name and content should not decide (<c>--format</c>).</summary>
    public InputFormat? Format { get; init; }

    /// <summary>For a tracker's runs: each metric's value at this step instead of its last (<c>--at-step</c>).</summary>
    public long? AtStep { get; init; }

    /// <summary>Whether the table may lack a loss column or leave loss cells blank (NaN): rows to predict rather than to fit.</summary>
    public bool LossOptional { get; init; }
}
