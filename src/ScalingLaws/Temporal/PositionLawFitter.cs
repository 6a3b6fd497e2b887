using ScalingLaws.Optimization;

namespace ScalingLaws.Temporal;

/// <summary>
/// Fits a <see cref="PositionLaw"/> to one checkpoint on the engine (<see cref="ModelFitter"/>, one thread: checkpoints
/// run in parallel instead), Huber(δ = 1%) on log losses. Starts come from variable projection: for each value on the
/// law's shape grid, (a0, a2) follow by linear least squares; the best few of those (with a0, a2 &gt; 0) seed the full
/// fit, run to loose tolerances, and the winner is polished to tight ones. One instance per thread.
/// </summary>
internal sealed class PositionLawFitter
{
    public const int StartCount = 3;

    private static readonly FitOptions Settings = FitOptions.Default with
    {
        Objective = FitObjective.HuberLog,
        Delta = LogHuber.Delta,
        SearchOptimizer = new LbfgsSettings { GradientTolerance = 1e-7, RelativeTolerance = 1e-10 },
        Optimizer = LbfgsSettings.Default,
        MaxDegreeOfParallelism = 1,
    };

    private readonly PositionLaw _law;
    private readonly PositionGrid _grid;
    private readonly ParameterLayout _layout;
    private readonly ModelFitter _engine = new(Settings);

    /// <param name="layout">The law's parameters with any held, tied or bounded; unconstrained by default.</param>
    public PositionLawFitter(PositionLaw law, PositionGrid grid, ParameterLayout? layout = null)
    {
        _law = law;
        _grid = grid;
        _layout = layout ?? ParameterLayout.Create(law.Parameters, ParameterConstraints.None, law.Name);
    }

    public PositionLawFit Fit(IReadOnlyList<double> losses)
    {
        if (losses.Count < PositionLaw.ParameterCount)
            throw new ScalingLawsException($"{losses.Count} positions cannot determine the {PositionLaw.ParameterCount} parameters of the {_law.Name} law; evaluate at least {PositionLaw.ParameterCount} positions.");
        var starts = Starts(losses).Select(z => (IReadOnlyList<double>)_law.ToNatural(z)).ToArray();
        var fit = _engine.Fit(new PositionModel(_law, _grid, [.. losses]), _layout, StartGrid.Of(_layout, starts), CancellationToken.None);
        var predicted = _grid.Position.Select(i => _law.Predict(fit.Values.AsSpan(), i)).ToArray();
        return new PositionLawFit(_law, fit.Values, fit.ObjectiveValue, FitMetrics.Compute([.. losses], predicted), fit.Status, fit.Diagnostics, fit.ConvergedStarts, fit.Starts);
    }

    // Variable projection over the shape grid; a generic start when no grid value gives a0, a2 > 0.
    private List<double[]> Starts(IReadOnlyList<double> losses)
    {
        var candidates = new List<(double Error, double[] Z)>();
        var shape = new double[losses.Count];
        foreach (var s in _law.ShapeGrid)
        {
            for (var i = 0; i < shape.Length; i++)
                shape[i] = _law.Shape(s, _grid.Position[i], _grid.LogPosition[i]);
            if (LineFit.Of(shape, losses) is not var (amplitude, floor, error) || !(amplitude > 0 && floor > 0))
                continue;
            candidates.Add((error, [Math.Log(amplitude), _law.ShapeToInternal(s), Math.Log(floor)]));
        }
        if (candidates.Count == 0)
        {
            var (min, max) = (losses.Min(), losses.Max());
            var middle = _law.ShapeGrid[_law.ShapeGrid.Length / 2];
            return [[Math.Log(Math.Max(max - min, 0.01 * min)), _law.ShapeToInternal(middle), Math.Log(0.9 * min)]];
        }
        return [.. candidates.OrderBy(c => c.Error).Take(StartCount).Select(c => c.Z)];
    }
}
