using MathNet.Numerics.LinearAlgebra;

namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>
/// The optimum of one (N, D) cell of a sweep: the quadratic bowl L = c0 + c1·x + c2·y + c3·x² + c4·xy + c5·y² in
/// x = ln lr, y = ln batch fitted by least squares to the cell's runs, and its minimum where the gradient vanishes.
/// </summary>
public sealed record HyperparameterBowl(double Params, double Tokens, double LearningRate, double BatchTokens, double Loss, int Runs)
{
    /// <summary>The cell's bowl, or why it has none: too few settings, or a fitted surface that is not a bowl (no minimum).</summary>
    public static HyperparameterBowl Fit(IReadOnlyList<SweepRun> cell)
    {
        var (n, d) = (cell[0].Params, cell[0].Tokens);
        var where = $"the sweep cell N = {n:G3}, D = {d:G3}";
        if (cell.Select(r => r.LearningRate).Distinct().Count() < 3 || cell.Select(r => r.BatchTokens).Distinct().Count() < 3 || cell.Count < 6)
            throw new ScalingLawsException($"{where} has {cell.Count} runs: a bowl in (ln lr, ln batch) needs at least 3 learning rates and 3 batch sizes (6 runs or more).");
        // Centred logs keep the normal equations well conditioned.
        var (mx, my) = (cell.Average(r => Math.Log(r.LearningRate)), cell.Average(r => Math.Log(r.BatchTokens)));
        var design = Matrix<double>.Build.Dense(cell.Count, 6, (i, j) =>
        {
            var (x, y) = (Math.Log(cell[i].LearningRate) - mx, Math.Log(cell[i].BatchTokens) - my);
            return j switch { 0 => 1, 1 => x, 2 => y, 3 => x * x, 4 => x * y, _ => y * y };
        });
        var c = design.QR().Solve(Vector<double>.Build.Dense([.. cell.Select(r => r.Loss)]));
        var hessian = Matrix<double>.Build.DenseOfArray(new[,] { { 2 * c[3], c[4] }, { c[4], 2 * c[5] } });
        if (!(hessian[0, 0] > 0 && hessian.Determinant() > 0))
            throw new ScalingLawsException($"{where}: the loss surface fitted over (ln lr, ln batch) has no minimum (it is not a bowl); widen the learning rates and batch sizes around the best run.");
        var optimum = hessian.Solve(Vector<double>.Build.Dense([-c[1], -c[2]]));
        var (x0, y0) = (optimum[0], optimum[1]);
        var loss = c[0] + c[1] * x0 + c[2] * y0 + c[3] * x0 * x0 + c[4] * x0 * y0 + c[5] * y0 * y0;
        return new HyperparameterBowl(n, d, Math.Exp(x0 + mx), Math.Exp(y0 + my), loss, cell.Count);
    }
}
