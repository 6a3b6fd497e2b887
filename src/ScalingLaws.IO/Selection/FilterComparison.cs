namespace ScalingLaws.IO.Selection;

/// <summary>How a <see cref="RowFilter"/> compares a cell with its value.</summary>
public enum FilterComparison
{
    /// <c>=</c>
    Equal,
    /// <c>!=</c>
    NotEqual,
    /// <c>&lt;</c>
    Less,
    /// <c>&lt;=</c>
    LessOrEqual,
    /// <c>&gt;</c>
    Greater,
    /// <c>&gt;=</c>
    GreaterOrEqual,
}
