using MathNet.Numerics.LinearAlgebra;

namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>
/// The least-squares design of one sweep cell's bowl L = c0 + c1·x + c2·y + c3·x² + c4·xy + c5·y² in centred
/// x = ln lr, y = ln batch: its projection (XᵀX)⁻¹Xᵀ, so that any losses at the cell's settings (its runs', or a
/// bootstrap's) give the coefficients by one product, and each run's leverage.
/// </summary>
public sealed class BowlDesign
{
    /// <summary>Coefficients of the bowl: c0 … c5.</summary>
    public const int Coefficients = 6;
    private readonly Matrix<double> _design;
    private readonly double[,] _projection;

    /// <summary>The design of <paramref name="cell"/>; it needs at least 3 learning rates, 3 batch sizes and 6 runs.</summary>
    public BowlDesign(IReadOnlyList<SweepRun> cell)
    {
        var where = $"the sweep cell N = {QuantityFormat.Count(cell[0].Params)}, D = {QuantityFormat.Count(cell[0].Tokens)}";
        var (rates, batches) = (cell.Select(r => r.LearningRate).Distinct().Count(), cell.Select(r => r.BatchTokens).Distinct().Count());
        if (rates < 3 || batches < 3 || cell.Count < Coefficients)
            throw new ScalingLawsException($"{where} has {QuantityFormat.Counted(cell.Count, "run")} at {QuantityFormat.Counted(rates, "learning rate")} and {QuantityFormat.Counted(batches, "batch size")}: a bowl in (ln lr, ln batch) needs at least 3 learning rates and 3 batch sizes (6 runs or more).");
        Where = where;
        // Centred logs keep the design well conditioned.
        (CentreX, CentreY) = (cell.Average(r => Math.Log(r.LearningRate)), cell.Average(r => Math.Log(r.BatchTokens)));
        _design = Matrix<double>.Build.Dense(cell.Count, Coefficients, (i, j) =>
        {
            var (x, y) = (Math.Log(cell[i].LearningRate) - CentreX, Math.Log(cell[i].BatchTokens) - CentreY);
            return j switch { 0 => 1, 1 => x, 2 => y, 3 => x * x, 4 => x * y, _ => y * y };
        });
        var projection = _design.PseudoInverse();
        _projection = projection.ToArray();
        Leverage = [.. (_design * projection).Diagonal()];
    }

    /// <summary>The cell, for messages: "the sweep cell N = …, D = …".</summary>
    public string Where { get; }

    /// <summary>The mean ln lr of the cell's runs, subtracted from x.</summary>
    public double CentreX { get; }

    /// <summary>The mean ln batch (tokens) of the cell's runs, subtracted from y.</summary>
    public double CentreY { get; }

    /// <summary>Runs in the cell.</summary>
    public int Runs => _design.RowCount;

    /// <summary>Each run's leverage h_ii, the diagonal of the hat matrix.</summary>
    public double[] Leverage { get; }

    /// <summary>The bowl's coefficients for losses at the cell's settings.</summary>
    public void Fit(ReadOnlySpan<double> losses, Span<double> c)
    {
        for (var j = 0; j < Coefficients; j++)
        {
            var sum = 0.0;
            for (var i = 0; i < losses.Length; i++)
                sum += _projection[j, i] * losses[i];
            c[j] = sum;
        }
    }

    /// <summary>The bowl's value at run <paramref name="run"/>'s setting.</summary>
    public double At(ReadOnlySpan<double> c, int run)
    {
        var value = 0.0;
        for (var j = 0; j < Coefficients; j++)
            value += _design[run, j] * c[j];
        return value;
    }

    /// <summary>The minimum (centred x0, y0) where the gradient vanishes; false when the surface has none (not a bowl).</summary>
    public static bool TryMinimum(ReadOnlySpan<double> c, out double x0, out double y0)
    {
        // Hessian [[2c3, c4], [c4, 2c5]]: positive definite for a minimum.
        var (a, b, d) = (2 * c[3], c[4], 2 * c[5]);
        var determinant = a * d - b * b;
        (x0, y0) = ((-c[1] * d + c[2] * b) / determinant, (-c[2] * a + c[1] * b) / determinant);
        return a > 0 && determinant > 0;
    }
}
