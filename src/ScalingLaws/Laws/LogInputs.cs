namespace ScalingLaws.Laws;

/// <summary>
/// A block of rows as the natural logarithms of a law's inputs: <see cref="First"/> is ln of the
/// first input (ln N for two-variable laws, ln x for one-variable laws), <see cref="Second"/> ln D
/// or empty, <see cref="Third"/> ln U for the data-constrained law or empty. Logs are taken once per
/// data set, not once per evaluation.
/// </summary>
public readonly ref struct LogInputs(ReadOnlySpan<double> first, ReadOnlySpan<double> second, ReadOnlySpan<double> third = default)
{
    /// <summary>ln of the first input, one per point.</summary>
    public ReadOnlySpan<double> First { get; } = first;
    /// <summary>ln of the second input (empty for a one-input law).</summary>
    public ReadOnlySpan<double> Second { get; } = second;
    /// <summary>ln of the third input (empty unless the law reads three).</summary>
    public ReadOnlySpan<double> Third { get; } = third;
    /// <summary>Points.</summary>
    public int Length => First.Length;

    /// <summary>The logs of one point's inputs (NaN for inputs the law does not read), as a law of <paramref name="count"/> inputs sees them.</summary>
    public static LogInputs Point(Span<double> logs, int count) =>
        new(logs[..1], count > 1 ? logs[1..2] : default, count > 2 ? logs[2..3] : default);

    /// <summary>The points [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>).</summary>
    public LogInputs Slice(int start, int length) =>
        new(First.Slice(start, length), Part(Second, start, length), Part(Third, start, length));

    private static ReadOnlySpan<double> Part(ReadOnlySpan<double> column, int start, int length) =>
        column.IsEmpty ? default : column.Slice(start, length);
}
