namespace ScalingLaws.Curves;

/// <summary>A <see cref="CurveLaw"/> on one or more loss curves as the engine sees it: one block per curve, predictions on the log scale.</summary>
internal sealed class CurveModel : IFitModel
{
    private readonly CurveLaw _law;
    private readonly CurveFeatures[] _features;
    private readonly int[] _starts;
    private readonly double[] _observed, _logObserved;

    public CurveModel(CurveLaw law, IReadOnlyList<LossCurve> curves, IReadOnlyList<CurveFeatures> features)
    {
        _law = law;
        _features = [.. features];
        _observed = [.. curves.SelectMany(c => c.Loss)];
        _logObserved = [.. _observed.Select(v => Math.Log(v))];
        _starts = new int[curves.Count];
        for (var c = 1; c < curves.Count; c++)
            _starts[c] = _starts[c - 1] + curves[c - 1].Count;
        ScratchLength = _features.Max(f => f.ScratchLength);
    }

    public string Name => _law.Name;

    public ImmutableArray<LawParameter> Parameters => _law.Parameters;

    public PredictionScale Scale => PredictionScale.Log;

    public ReadOnlyMemory<double> Observed => _observed;

    public ReadOnlyMemory<double> LogObserved => _logObserved;

    public int BlockCount => _features.Length;

    public (int Start, int Length) Block(int block) => (_starts[block], _features[block].Count);

    public int ScratchLength { get; }

    public void Predict(ReadOnlySpan<double> theta, int block, Span<double> prediction, Span<double> jacobian, Span<double> scratch) =>
        _law.LogPredict(theta, _features[block], prediction, jacobian, scratch);
}
