namespace ScalingLaws.Downstream;

/// <summary>An <see cref="AccuracyLaw"/> on one task's rows as the engine sees it: one block, raw-scale accuracies.</summary>
internal sealed class AccuracyModel(AccuracyLaw law, double[] inputs, double[] scores) : IFitModel
{
    private const int MaxParameters = 8;

    private readonly double[] _logScores = [.. scores.Select(s => s > 0 ? Math.Log(s) : double.NaN)];

    public string Name => law.Name;

    public ImmutableArray<LawParameter> Parameters => law.Parameters;

    public PredictionScale Scale => PredictionScale.Raw;

    public ReadOnlyMemory<double> Observed => scores;

    public ReadOnlyMemory<double> LogObserved => _logScores;

    public int BlockCount => 1;

    public (int Start, int Length) Block(int block) => (0, scores.Length);

    public int ScratchLength => 0;

    public void Predict(ReadOnlySpan<double> theta, int block, Span<double> prediction, Span<double> jacobian, Span<double> scratch)
    {
        var (n, k) = (scores.Length, Parameters.Length);
        Span<double> gradient = stackalloc double[MaxParameters];
        for (var i = 0; i < n; i++)
        {
            prediction[i] = law.Evaluate(theta, inputs[i], gradient[..k]);
            for (var j = 0; j < k; j++)
                jacobian[j * n + i] = gradient[j];
        }
    }
}
