using MathNet.Numerics.LinearAlgebra;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>
/// 95% intervals on a fitted sweep's lr* and batch* at any (N, D) that carry each cell's bowl uncertainty through the
/// power laws: a residual bootstrap within every cell (its bowl's leverage-corrected, centred residuals drawn with
/// replacement onto its fitted losses; seeded), refitting every bowl and both power laws per replicate. The
/// settings of each run are kept, so every replicate's bowl has the design the sweep had. A replicate in which some
/// cell's surface has no minimum cannot place that optimum; it is dropped and counted.
/// </summary>
public sealed class HyperparameterBootstrap
{
    private readonly double[][] _learningRate, _batch;

    private HyperparameterBootstrap(double[][] learningRate, double[][] batch, int requested) =>
        (_learningRate, _batch, Requested) = (learningRate, batch, requested);

    /// <summary>Replicates asked for.</summary>
    public int Requested { get; }

    /// <summary>The replicates whose every cell had a bowl: the ones the intervals are taken over.</summary>
    public int Replicates => _learningRate.Length;

    /// <summary>Draws <paramref name="replicates"/> residual-bootstrap replicates of every cell (seeded by <paramref name="seed"/>) and refits the bowls and both power laws.</summary>
    public static HyperparameterBootstrap Run(IReadOnlyList<IReadOnlyList<SweepRun>> cells, IReadOnlyList<BowlDesign> designs, int replicates, int seed)
    {
        var lawLr = LogLinearFit.Design([.. cells.Select(c => new[] { c[0].Params, c[0].Tokens })]).PseudoInverse();
        var lawBatch = LogLinearFit.Design([.. cells.Select(c => new[] { c[0].Tokens })]).PseudoInverse();
        var (fitted, residuals) = (new double[cells.Count][], new double[cells.Count][]);
        for (var k = 0; k < cells.Count; k++)
            (fitted[k], residuals[k]) = FittedAndResiduals(cells[k], designs[k]);
        var (learningRate, batch) = (new List<double[]>(replicates), new List<double[]>(replicates));
        var (logLr, logBatch) = (Vector<double>.Build.Dense(cells.Count), Vector<double>.Build.Dense(cells.Count));
        var losses = new double[cells.Max(c => c.Count)];
        Span<double> c = stackalloc double[BowlDesign.Coefficients];
        for (var b = 0; b < replicates; b++)
        {
            var random = new Random(unchecked(seed * 1_000_003 + b));
            var placed = true;
            for (var k = 0; k < cells.Count && placed; k++)
            {
                var (f, r) = (fitted[k], residuals[k]);
                for (var i = 0; i < f.Length; i++)
                    losses[i] = f[i] + r[random.Next(r.Length)];
                designs[k].Fit(losses.AsSpan(0, f.Length), c);
                placed = BowlDesign.TryMinimum(c, out var x0, out var y0);
                (logLr[k], logBatch[k]) = (x0 + designs[k].CentreX, y0 + designs[k].CentreY);
            }
            if (!placed)
                continue;
            learningRate.Add(Project(lawLr, logLr));
            batch.Add(Project(lawBatch, logBatch));
        }
        return new HyperparameterBootstrap([.. learningRate], [.. batch], replicates);
    }

    // A replicate's power-law coefficients: the kept array is the only allocation.
    private static double[] Project(Matrix<double> projection, Vector<double> values)
    {
        var coefficients = new double[projection.RowCount];
        for (var j = 0; j < coefficients.Length; j++)
        {
            for (var i = 0; i < values.Count; i++)
                coefficients[j] += projection[j, i] * values[i];
        }
        return coefficients;
    }

    /// <summary>The cell's fitted losses, and its residuals divided by √(1 − h_ii) and centred, so resampling them keeps the noise's size.</summary>
    private static (double[] Fitted, double[] Residuals) FittedAndResiduals(IReadOnlyList<SweepRun> cell, BowlDesign design)
    {
        Span<double> c = stackalloc double[BowlDesign.Coefficients];
        design.Fit([.. cell.Select(r => r.Loss)], c);
        var fitted = new double[cell.Count];
        var residuals = new double[cell.Count];
        for (var i = 0; i < cell.Count; i++)
        {
            fitted[i] = design.At(c, i);
            var room = 1 - design.Leverage[i];
            // A run its bowl passes through exactly (leverage 1) says nothing of the noise.
            residuals[i] = room > 1e-9 ? (cell[i].Loss - fitted[i]) / Math.Sqrt(room) : 0;
        }
        var mean = residuals.Average();
        return (fitted, [.. residuals.Select(r => r - mean)]);
    }

    /// <summary>The 95% interval (2.5th and 97.5th percentiles) of lr* at (N, D), or null when fewer than half the replicates placed every optimum.</summary>
    public double[]? LearningRateAt(double parameters, double tokens) =>
        Interval(_learningRate, b => b[0] + b[1] * Math.Log(parameters) + b[2] * Math.Log(tokens));

    /// <summary>The 95% interval of batch* (tokens) at D, or null as for <see cref="LearningRateAt"/>.</summary>
    public double[]? BatchAt(double tokens) => Interval(_batch, b => b[0] + b[1] * Math.Log(tokens));

    private double[]? Interval(double[][] replicates, Func<double[], double> logValue)
    {
        if (2 * replicates.Length < Requested)
            return null;
        var values = replicates.Select(logValue).ToArray();
        return [Math.Exp(OrderStatistics.Percentile(values, 2.5)), Math.Exp(OrderStatistics.Percentile(values, 97.5))];
    }
}
