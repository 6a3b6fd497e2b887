using System.Runtime.Intrinsics;
using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>
/// The residuals rᵢ = √wᵢ(ŷᵢ − yᵢ) on the raw scale of any <see cref="IFitModel"/> over the free parameters z, with
/// the Gauss–Newton normal equations JᵀJ and Jᵀr accumulated row by row (the n × k Jacobian is never stored), for
/// Levenberg–Marquardt. One instance per thread: it owns its buffers, so evaluation allocates nothing.
/// <para>
/// The sums run over the rows in order, one accumulator per entry, with 256-bit vectors across the entries of a row
/// (never across rows), so every entry is the same sequence of additions as a row-by-row scalar loop, to the bit. Only
/// the upper triangle of JᵀJ is summed; the lower one is its mirror (each product is the same either way round).
/// </para>
/// </summary>
internal sealed class ModelResiduals : ILeastSquaresFunction
{
    private static readonly int Lanes = Vector256<double>.Count;

    private readonly IFitModel _model;
    private readonly ParameterLayout _layout;
    private readonly double[] _theta, _prediction, _residual, _jacobian, _scratch, _thetaRow, _zRow, _derivative;
    private readonly int[]? _untiedOwners;                // each slot's parameter, when the model's rows are read directly
    private readonly int[] _upperRows, _upperColumns;      // JᵀJ's upper triangle in vectors: row s, columns t..t+3
    private readonly Vector256<double>[] _normalSums, _gradientSums;
    private readonly PackedNormalEquations? _packed;       // up to five slots, none tied: the sums in registers
    private readonly int[] _packedColumns = new int[PackedNormalEquations.MaxDimension];
    private readonly double[] _packedFactors = new double[PackedNormalEquations.MaxDimension];

    public ModelResiduals(IFitModel model, ParameterLayout layout)
    {
        _model = model;
        _layout = layout;
        var (k, free) = (layout.ParameterCount, layout.FreeCount);
        var block = Enumerable.Range(0, model.BlockCount).Max(b => model.Block(b).Length);
        _theta = new double[k];
        _prediction = new double[block];
        _residual = new double[block];
        _jacobian = new double[ModelJacobian.LongestLength(model)];
        _scratch = new double[model.ScratchLength];
        _thetaRow = new double[k];
        _zRow = new double[free + Lanes]; // zero past the free slots, so a vector may read beyond them
        _derivative = new double[free];
        var tied = layout.Roles.Contains(ParameterRole.Tied);
        _untiedOwners = model.Factors == 0 && !tied ? [.. layout.SlotOwners] : null;
        var upper = Enumerable.Range(0, free).SelectMany(s => Enumerable.Range(0, (free - s + Lanes - 1) / Lanes).Select(v => (Row: s, Column: s + v * Lanes))).ToArray();
        (_upperRows, _upperColumns) = ([.. upper.Select(u => u.Row)], [.. upper.Select(u => u.Column)]);
        _normalSums = new Vector256<double>[upper.Length];
        _gradientSums = new Vector256<double>[(free + Lanes - 1) / Lanes];
        _packed = _untiedOwners is not null && free <= PackedNormalEquations.MaxDimension ? new PackedNormalEquations() : null;
    }

    public int Dimension => _layout.FreeCount;

    /// <summary>Per-row weights; null means every row counts once.</summary>
    public double[]? Weights { get; set; }

    public double Evaluate(ReadOnlySpan<double> z, Span<double> normal, Span<double> gradient)
    {
        _layout.Expand(z, _theta);
        var withJacobian = !normal.IsEmpty;
        if (withJacobian)
        {
            _layout.SlotDerivatives(z, _derivative);
            Array.Clear(_normalSums);
            Array.Clear(_gradientSums);
            _packed?.Clear();
        }
        var logScale = _model.Scale == PredictionScale.Log;
        var weights = Weights;
        var sum = 0.0;
        var observed = _model.Observed.Span;
        for (var block = 0; block < _model.BlockCount; block++)
        {
            var (start, n) = _model.Block(block);
            _model.Predict(_theta, block, _prediction.AsSpan(0, n), _jacobian.AsSpan(0, ModelJacobian.Length(_model, n)), _scratch);
            for (var i = 0; i < n; i++)
            {
                var prediction = logScale ? Math.Exp(_prediction[i]) : _prediction[i];
                var root = weights is null ? 1.0 : Math.Sqrt(weights[start + i]);
                var r = root * (prediction - observed[start + i]);
                sum += r * r;
                // Row i's chain factor (∂rᵢ/∂ prediction on the model's scale) in place of its prediction.
                (_prediction[i], _residual[i]) = (root * (logScale ? prediction : 1.0), r);
            }
            if (withJacobian)
                Accumulate(n);
        }
        if (withJacobian)
            Store(normal, gradient);
        return sum;
    }

    // Each row's Jacobian ∂rᵢ/∂z (the model's row times its chain factor, collapsed onto z) added into the sums.
    private void Accumulate(int n)
    {
        if (_packed is { } packed)
        {
            // Slot s is the model's column of its owner times dθ/dz; slots past the free ones have factor 0.
            for (var s = 0; s < _derivative.Length; s++)
                (_packedColumns[s], _packedFactors[s]) = (_untiedOwners![s] * n, _derivative[s]);
            packed.Add(_jacobian, n, _packedColumns, _packedFactors, _prediction, _residual);
            return;
        }
        Span<double> z = _zRow;
        Span<Vector256<double>> normalSums = _normalSums, gradientSums = _gradientSums;
        ReadOnlySpan<int> rows = _upperRows, columns = _upperColumns;
        for (var i = 0; i < n; i++)
        {
            CollapsedRow(i, n, z);
            for (var m = 0; m < rows.Length; m++)
                normalSums[m] += Vector256.Create(z[rows[m]]) * Vector256.Create(z.Slice(columns[m], Lanes));
            var r = Vector256.Create(_residual[i]);
            for (var v = 0; v < gradientSums.Length; v++)
                gradientSums[v] += Vector256.Create(z.Slice(v * Lanes, Lanes)) * r;
        }
    }

    // Row i of ∂r/∂z: the layout's collapse (tied parameters add into their target's slot, then dθ/dz) written out,
    // with a direct read of the model's row when it is a full Jacobian and no parameter is tied.
    private void CollapsedRow(int i, int n, Span<double> z)
    {
        var chain = _prediction[i];
        ReadOnlySpan<double> derivative = _derivative;
        if (_untiedOwners is { } owners)
        {
            for (var s = 0; s < owners.Length; s++)
                z[s] = _jacobian[owners[s] * n + i] * chain * derivative[s];
            return;
        }
        Span<double> thetaRow = _thetaRow;
        ModelJacobian.Row(_model, _jacobian, n, i, thetaRow);
        for (var j = 0; j < thetaRow.Length; j++)
            thetaRow[j] *= chain;
        _layout.SumIntoSlots(thetaRow, z[..derivative.Length]);
        for (var s = 0; s < derivative.Length; s++)
            z[s] *= derivative[s];
    }

    private void Store(Span<double> normal, Span<double> gradient)
    {
        var free = _derivative.Length;
        if (_packed is { } packed)
        {
            packed.Store(free, normal, gradient);
            return;
        }
        for (var m = 0; m < _upperRows.Length; m++)
        {
            var (s, t) = (_upperRows[m], _upperColumns[m]);
            for (var lane = 0; lane < Lanes && t + lane < free; lane++)
                normal[s * free + t + lane] = normal[(t + lane) * free + s] = _normalSums[m][lane];
        }
        for (var s = 0; s < free; s++)
            gradient[s] = _gradientSums[s / Lanes][s % Lanes];
    }
}
