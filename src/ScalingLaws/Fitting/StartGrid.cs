using System.Collections.Immutable;

namespace ScalingLaws.Fitting;

/// <summary>
/// The Cartesian product of each free slot's grid values, indexed without being materialised
/// (start i is decoded in mixed radix). A single explicit start is a grid of one point per axis.
/// </summary>
internal sealed class StartGrid
{
    private readonly ImmutableArray<double>[] _axes;

    public StartGrid(IEnumerable<ImmutableArray<double>> axes)
    {
        _axes = [.. axes];
        Count = _axes.Aggregate(1, (product, axis) => product * axis.Length);
    }

    public int Count { get; }

    /// <summary>True when the grid spans a range on this axis (one-point axes have no edge to warn about).</summary>
    public bool Spans(int slot) => _axes[slot].Length > 1;

    public (double Min, double Max) Range(int slot) => (_axes[slot].Min(), _axes[slot].Max());

    public static StartGrid For(ParameterLayout layout, IReadOnlyList<double>? start, int stride = 1)
    {
        if (start is null)
            return new StartGrid(Enumerable.Range(0, layout.FreeCount).Select(layout.GridOf).Select(axis => Thin(axis, stride)));
        if (start.Count != layout.Law.ParameterCount)
            throw new ScalingLawsException($"a start needs {layout.Law.ParameterCount} values ({string.Join(", ", layout.Law.Parameters.Select(p => p.Name))}), got {start.Count}.");
        for (var j = 0; j < start.Count; j++)
        {
            var parameter = layout.Law.Parameters[j];
            if (!double.IsFinite(start[j]) || (parameter.Scale == Laws.ParameterScale.Log && start[j] <= 0))
                throw new ScalingLawsException($"the start value {parameter.Name} = {start[j]:G4} must be a finite{(parameter.Scale == Laws.ParameterScale.Log ? " positive" : "")} number.");
        }
        var theta = layout.Law.ToInternal(start.ToArray());
        return new StartGrid(layout.Compress(theta).Select(v => ImmutableArray.Create(v)));
    }

    // Every stride-th value from the first; the axis's two ends stay when the stride divides its span.
    private static ImmutableArray<double> Thin(ImmutableArray<double> axis, int stride) =>
        [.. axis.Where((_, i) => i % stride == 0)];

    public void Fill(int index, double[] z)
    {
        for (var slot = _axes.Length - 1; slot >= 0; slot--)
        {
            var axis = _axes[slot];
            z[slot] = axis[index % axis.Length];
            index /= axis.Length;
        }
    }
}
