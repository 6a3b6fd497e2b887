namespace ScalingLaws.IO;

/// <summary>One data row whose cells are read as spans, so numbers parse without a string per cell.</summary>
internal interface ICellRow
{
    /// <summary>1-based row for messages: data row in CSV (header excluded), line in JSON Lines.</summary>
    int Number { get; }

    /// <summary>The cell's text; empty where the cell is blank, null or missing. Valid until the next row is read.</summary>
    ReadOnlySpan<char> Cell(int column);
}
