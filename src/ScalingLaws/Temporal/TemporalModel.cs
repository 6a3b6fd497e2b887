namespace ScalingLaws.Temporal;

/// <summary>
/// The temporal law on a run's first checkpoints as the engine sees it: one block per checkpoint k, its positions
/// as rows, raw-scale predictions L̂_ki = a0(t_k)/(1 + a1(t_k)·i) + a2(t_k). The rows depend on the forms'
/// coefficients only through a0, a1 and a2, so the Jacobian is factored (<see cref="IFitModel.Factors"/>): per
/// position ∂L̂/∂(a0, a1, a2), per checkpoint the forms' ∂a/∂z. A point where a1 ≤ 0 has no reciprocal law: its
/// predictions are NaN, so the line search backs off.
/// </summary>
internal sealed class TemporalModel : IFitModel
{
    private readonly ImmutableArray<TemporalForm> _forms;
    private readonly int[] _offsets = new int[TemporalLaw.ParameterCount + 1];
    private readonly TemporalPoint[] _points;
    private readonly double[] _position;

    /// <param name="losses">Every checkpoint's per-position losses, flattened (at least <paramref name="points"/>' checkpoints).</param>
    /// <param name="logLosses">Their logarithms, computed once per run.</param>
    public TemporalModel(ImmutableArray<TemporalForm> forms, TemporalPoint[] points, double[] position, double[] losses, double[] logLosses)
    {
        _forms = forms;
        for (var j = 0; j < TemporalLaw.ParameterCount; j++)
            _offsets[j + 1] = _offsets[j] + forms[j].CoefficientCount;
        _points = points;
        _position = position;
        var rows = points.Length * position.Length;
        Observed = losses.AsMemory(0, rows);
        LogObserved = logLosses.AsMemory(0, rows);
        Parameters = ParametersOf(forms);
    }

    /// <summary>The coefficients of these forms as the engine names them (a0.c0, a1.tau, …), a0's first, then a1's, then a2's.</summary>
    public static ImmutableArray<LawParameter> ParametersOf(IReadOnlyList<TemporalForm> forms) =>
        [.. Enumerable.Range(0, TemporalLaw.ParameterCount).SelectMany(j =>
            forms[j].CoefficientNames.Select((c, i) => new LawParameter($"{TemporalLaw.ParameterNames[j]}.{c}", forms[j].ScaleOf(i), [])))];

    public string Name => "temporal";

    /// <summary>The forms' coefficients with their fitting scales, a0's first, then a1's, then a2's.</summary>
    public ImmutableArray<LawParameter> Parameters { get; }

    public PredictionScale Scale => PredictionScale.Raw;

    public ReadOnlyMemory<double> Observed { get; }

    public ReadOnlyMemory<double> LogObserved { get; }

    public int BlockCount => _points.Length;

    public (int Start, int Length) Block(int block) => (block * _position.Length, _position.Length);

    public int Factors => TemporalLaw.ParameterCount;

    public int ScratchLength => 0;

    public void Predict(ReadOnlySpan<double> theta, int block, Span<double> prediction, Span<double> jacobian, Span<double> scratch)
    {
        var n = prediction.Length;
        var k = _offsets[^1];
        var chain = jacobian.Slice(Factors * n, Factors * k);
        chain.Clear();
        var a0 = Form(0, theta, block, chain);
        var a1 = Form(1, theta, block, chain);
        var a2 = Form(2, theta, block, chain);
        if (!(a1 > 0))
        {
            prediction.Fill(double.NaN);
            return;
        }
        var byA0 = jacobian[..n];
        var byA1 = jacobian.Slice(n, n);
        var byA2 = jacobian.Slice(2 * n, n);
        for (var i = 0; i < n; i++)
        {
            var inverse = 1 / (1 + a1 * _position[i]);
            prediction[i] = a0 * inverse + a2;
            byA0[i] = inverse;
            byA1[i] = -a0 * _position[i] * inverse * inverse;
        }
        byA2.Fill(1);
    }

    // Parameter j at checkpoint `block`; writes ∂a_j/∂z into row j of the chain.
    private double Form(int j, ReadOnlySpan<double> theta, int block, Span<double> chain)
    {
        var k = _offsets[^1];
        var range = _offsets[j].._offsets[j + 1];
        return _forms[j].Evaluate(theta[range], _points[block], chain.Slice(j * k, k)[range]);
    }
}
