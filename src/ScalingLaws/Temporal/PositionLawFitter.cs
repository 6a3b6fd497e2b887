using ScalingLaws.Fitting;
using ScalingLaws.Optimization;

namespace ScalingLaws.Temporal;

/// <summary>
/// Fits a <see cref="PositionLaw"/> to one checkpoint with L-BFGS from several starts. Starts come from
/// variable projection: for each value on the law's shape grid, (a0, a2) follow by linear least
/// squares; the best few of those (with a0, a2 &gt; 0) seed the full fit, run to loose tolerances, and
/// the winner is polished to tight ones. One instance per thread.
/// </summary>
internal sealed class PositionLawFitter
{
    public const int StartCount = 3;

    private readonly PositionLaw _law;
    private readonly PositionGrid _grid;
    private readonly PositionLawObjective _objective;
    private readonly Lbfgs _search = new(new LbfgsSettings { GradientTolerance = 1e-7, RelativeTolerance = 1e-10 });
    private readonly Lbfgs _polish = new();
    private readonly LbfgsWorkspace _workspace;
    private readonly double[] _solution = new double[PositionLaw.ParameterCount];
    private readonly double[] _best = new double[PositionLaw.ParameterCount];

    public PositionLawFitter(PositionLaw law, PositionGrid grid)
    {
        _law = law;
        _grid = grid;
        _objective = new PositionLawObjective(law, grid);
        _workspace = _search.CreateWorkspace(PositionLaw.ParameterCount);
    }

    public PositionLawFit Fit(IReadOnlyList<double> losses)
    {
        if (losses.Count < PositionLaw.ParameterCount)
            throw new ScalingLawsException($"{losses.Count} positions cannot determine the {PositionLaw.ParameterCount} parameters of the {_law.Name} law; evaluate at least {PositionLaw.ParameterCount} positions.");
        _objective.Use([.. losses.Select(l => Math.Log(l))]);
        var starts = Starts(losses);
        double bestValue = double.PositiveInfinity;
        bool bestConverged = false;
        var converged = 0;
        foreach (var start in starts)
        {
            var result = _search.Minimize(_objective, start, _solution, _workspace);
            var ok = result.Converged(_search.Settings.LooseGradientTolerance) && double.IsFinite(result.Value);
            converged += ok ? 1 : 0;
            // A converged start beats any that did not; among equals the lower objective wins.
            if ((ok && !bestConverged) || (ok == bestConverged && result.Value < bestValue))
            {
                (bestValue, bestConverged) = (result.Value, ok);
                _solution.CopyTo(_best, 0);
            }
        }
        var polished = _polish.Minimize(_objective, _best, _solution, _workspace);
        if (polished.Value <= bestValue && polished.Converged(_polish.Settings.LooseGradientTolerance))
        {
            (bestValue, bestConverged) = (polished.Value, true);
            _solution.CopyTo(_best, 0);
        }
        var values = _law.ToNatural(_best);
        var predicted = _grid.Position.Select(i => _law.Predict(values, i)).ToArray();
        return new PositionLawFit(_law, [.. values], bestValue, FitMetrics.Compute([.. losses], predicted), bestConverged, converged, starts.Count);
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
            if (LinearFit(shape, losses) is not var (amplitude, floor, error) || !(amplitude > 0 && floor > 0))
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

    /// <summary>Least squares L ≈ A·f + B; null when f does not vary.</summary>
    private static (double A, double B, double Error)? LinearFit(double[] f, IReadOnlyList<double> y)
    {
        var n = f.Length;
        double meanF = 0, meanY = 0;
        for (var i = 0; i < n; i++)
        {
            meanF += f[i] / n;
            meanY += y[i] / n;
        }
        double sff = 0, sfy = 0;
        for (var i = 0; i < n; i++)
        {
            sff += (f[i] - meanF) * (f[i] - meanF);
            sfy += (f[i] - meanF) * (y[i] - meanY);
        }
        if (!(sff > 1e-300))
            return null;
        var a = sfy / sff;
        var b = meanY - a * meanF;
        double error = 0;
        for (var i = 0; i < n; i++)
        {
            var r = y[i] - a * f[i] - b;
            error += r * r;
        }
        return (a, b, error);
    }
}
