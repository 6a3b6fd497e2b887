namespace ScalingLaws.IO.Selection;

/// <summary>How a <see cref="RowFilter"/> compares a cell with its value.</summary>
public enum FilterComparison
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
