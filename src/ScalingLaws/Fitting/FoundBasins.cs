using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>
/// The optima converged starts have reached, each with the lowest objective seen there: a start that comes within
/// <see cref="Tolerance"/> of one (every solver coordinate, relative to the coordinate's size when above 1) at an
/// objective no lower than that optimum's has joined its basin and stops: it would end in a basin already found. The
/// reported optimum does not depend on which start of a basin won, since the winner is polished to the basin's own
/// minimiser (<see cref="NewtonPolish"/>). Optima are added only between rounds of starts, in start order, so whether a
/// start stops never depends on threads.
/// </summary>
internal sealed class FoundBasins(int dimension) : IEarlyStop
{
    /// <summary>
    /// How close, on every solver coordinate, a start must come to a found optimum to join it: 10% of the coordinate
    /// (0.1 below 1), a fifth of the Chinchilla grid's step in α, β and ln E. On that grid it stops half the starts and
    /// saves a third of the evaluations; 1e-3 stops 5% and saves under 1%.
    /// </summary>
    public const double Tolerance = 0.1;

    /// <summary>The most optima kept: enough for a valley's spread of loose optima, few enough that a check stays cheap.</summary>
    public const int Capacity = 256;

    private readonly double[] _points = new double[Capacity * dimension];
    private readonly double[] _values = new double[Capacity];

    /// <summary>Optima found so far.</summary>
    public int Count { get; private set; }

    /// <summary>Adds the converged, not stopped, outcomes among <paramref name="indices"/> in that order.</summary>
    public void AddConverged(StartOutcome[] outcomes, IEnumerable<int> indices)
    {
        foreach (var i in indices)
            if (outcomes[i] is { Converged: true, StoppedEarly: false } outcome && double.IsFinite(outcome.Result.Value))
                Add(outcome.Solution, outcome.Result.Value);
    }

    private void Add(double[] solution, double value)
    {
        var near = FirstWithin(solution);
        if (near >= 0)
            _values[near] = Math.Min(_values[near], value);
        else if (Count < Capacity)
        {
            solution.CopyTo(_points, Count * dimension);
            _values[Count++] = value;
        }
    }

    /// <inheritdoc />
    public bool ShouldStop(ReadOnlySpan<double> x, double value)
    {
        for (var b = 0; b < Count; b++)
            if (value >= _values[b] && Within(x, b))
                return true;
        return false;
    }

    private int FirstWithin(ReadOnlySpan<double> x)
    {
        for (var b = 0; b < Count; b++)
            if (Within(x, b))
                return b;
        return -1;
    }

    private bool Within(ReadOnlySpan<double> x, int basin)
    {
        var point = _points.AsSpan(basin * dimension, dimension);
        for (var j = 0; j < point.Length; j++)
            if (!(Math.Abs(x[j] - point[j]) <= Tolerance * Math.Max(1, Math.Abs(point[j]))))
                return false;
        return true;
    }
}
