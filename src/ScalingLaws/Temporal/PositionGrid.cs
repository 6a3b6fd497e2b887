namespace ScalingLaws.Temporal;

/// <summary>The positions i = 1..T and their logarithms, computed once and shared by every fit.</summary>
internal sealed class PositionGrid
{
    public PositionGrid(int count)
    {
        Position = [.. Enumerable.Range(1, count).Select(i => (double)i)];
        LogPosition = [.. Position.Select(p => Math.Log(p))];
    }

    public double[] Position { get; }
    public double[] LogPosition { get; }
    public int Count => Position.Length;
}
