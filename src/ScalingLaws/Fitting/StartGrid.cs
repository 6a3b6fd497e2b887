namespace ScalingLaws.Fitting;

/// <summary>
/// The starts of a fit, on the solver's coordinates z: either the Cartesian product of each free slot's grid values
/// (indexed without being materialised: start i is decoded in mixed radix) or a list of explicit points, followed by
/// <c>random</c> points drawn uniformly over the grid's range (or the bounds, when both are finite). Random start i
/// draws from its own generator seeded by (seed, i), so starts do not depend on threads. Every start is moved just
/// inside its bounds.
/// </summary>
internal sealed class StartGrid
{
    private readonly ParameterLayout _layout;
    private readonly ImmutableArray<double>[] _axes;   // per slot: the grid values, or every explicit point's value
    private readonly double[][]? _points;               // explicit points (free θ), or null for a grid
    private readonly int _systematic, _seed;

    private StartGrid(ParameterLayout layout, ImmutableArray<double>[] axes, double[][]? points, int random, int seed)
    {
        _layout = layout;
        _axes = axes;
        _points = points;
        _systematic = points?.Length ?? _axes.Aggregate(1, (product, axis) => product * axis.Length);
        _seed = seed;
        Count = _systematic + random;
    }

    public int Count { get; }

    /// <summary>True when the starts form a grid spanning a range on this axis (explicit points have no edge to warn about).</summary>
    public bool Spans(int slot) => _points is null && _axes[slot].Length > 1;

    public (double Min, double Max) Range(int slot) => (_axes[slot].Min(), _axes[slot].Max());

    /// <summary>The layout's grid (every <paramref name="stride"/>-th value per axis), or the single natural-unit <paramref name="start"/>.</summary>
    public static StartGrid For(ParameterLayout layout, IReadOnlyList<double>? start, int stride = 1, int random = 0, int seed = 0)
    {
        if (start is not null)
            return Of(layout, [start], random, seed);
        var axes = Enumerable.Range(0, layout.FreeCount).Select(layout.GridOf).Select(axis => Thin(axis, stride)).ToArray();
        return new StartGrid(layout, axes, null, random, seed);
    }

    /// <summary>Explicit starts, each a natural-unit value per parameter (fixed and tied ones ignored).</summary>
    public static StartGrid Of(ParameterLayout layout, IReadOnlyList<IReadOnlyList<double>> starts, int random = 0, int seed = 0)
    {
        var points = starts.Select(start => layout.FreeTheta(ToTheta(layout, start))).ToArray();
        var axes = Enumerable.Range(0, layout.FreeCount).Select(s => points.Select(p => p[s]).ToImmutableArray()).ToArray();
        return new StartGrid(layout, axes, points, random, seed);
    }

    private static double[] ToTheta(ParameterLayout layout, IReadOnlyList<double> start)
    {
        var parameters = layout.Parameters;
        if (start.Count != parameters.Length)
            throw new ScalingLawsException($"a start needs {parameters.Length} values ({string.Join(", ", parameters.Select(p => p.Name))}), got {start.Count}.");
        for (var j = 0; j < start.Count; j++)
        {
            var parameter = parameters[j];
            if (!double.IsFinite(start[j]) || (parameter.Scale == Laws.ParameterScale.Log && start[j] <= 0))
                throw new ScalingLawsException($"the start value {parameter.Name} = {start[j]:G4} must be a finite{(parameter.Scale == Laws.ParameterScale.Log ? " positive" : "")} number.");
        }
        return parameters.ToInternal(start.ToArray());
    }

    // Every stride-th value from the first; the axis's two ends stay when the stride divides its span.
    private static ImmutableArray<double> Thin(ImmutableArray<double> axis, int stride) =>
        [.. axis.Where((_, i) => i % stride == 0)];

    /// <summary>Writes start <paramref name="index"/> to <paramref name="z"/>.</summary>
    public void Fill(int index, double[] z)
    {
        if (index >= _systematic)
            FillRandom(index, z);
        else if (_points is not null)
            _points[index].CopyTo(z, 0);
        else
            FillGrid(index, z);
        _layout.ToSolver(z, z);
    }

    private void FillGrid(int index, double[] z)
    {
        for (var slot = _axes.Length - 1; slot >= 0; slot--)
        {
            var axis = _axes[slot];
            z[slot] = axis[index % axis.Length];
            index /= axis.Length;
        }
    }

    // Uniform over the bounds when both are finite, else over the grid's range (or ±½·max(1, |value|) around a single value).
    private void FillRandom(int index, double[] z)
    {
        var random = new Random(unchecked(_seed * 1_000_003 + index));
        for (var slot = 0; slot < z.Length; slot++)
        {
            var bounds = _layout.BoundsOf(slot);
            var (min, max) = Range(slot);
            if (min == max)
                (min, max) = (min - 0.5 * Math.Max(1, Math.Abs(min)), max + 0.5 * Math.Max(1, Math.Abs(max)));
            if (double.IsFinite(bounds.Lower) && double.IsFinite(bounds.Upper))
                (min, max) = (bounds.Lower, bounds.Upper);
            z[slot] = min + random.NextDouble() * (max - min);
        }
    }
}
