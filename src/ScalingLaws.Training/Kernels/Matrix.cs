namespace ScalingLaws.Training.Kernels;

/// <summary>A row-major matrix inside an array: rows × columns starting at <see cref="Offset"/>, rows <see cref="Stride"/> apart.</summary>
/// <remarks>Arrays rather than spans so that parallel loops can capture it.</remarks>
public readonly record struct Matrix<T>(T[] Data, int Offset, int Rows, int Columns, int Stride)
{
    /// <summary>A dense matrix over the whole of <paramref name="data"/> from its start.</summary>
    public Matrix(T[] data, int rows, int columns)
        : this(data, 0, rows, columns, columns)
    {
    }

    /// <summary>Row <paramref name="row"/> as a span.</summary>
    public Span<T> Row(int row) => Data.AsSpan(Offset + row * Stride, Columns);

    /// <summary>The columns [first, first + count) of every row, e.g. one attention head inside the QKV matrix.</summary>
    public Matrix<T> ColumnSlice(int first, int count) => new(Data, Offset + first, Rows, count, Stride);

    /// <summary>The rows [first, first + count).</summary>
    public Matrix<T> RowSlice(int first, int count) => new(Data, Offset + first * Stride, count, Columns, Stride);
}
