namespace ScalingLaws.Downstream;

/// <summary>An <see cref="AccuracyLaw"/> on one task's rows as the engine sees it: one block, raw-scale accuracies.</summary>
internal sealed class AccuracyModel(AccuracyLaw law, double[] inputs, double[] scores) : SingleSeriesModel(scores)
{
    private const int MaxParameters = 8;

    public override string Name => law.Name;

    public override ImmutableArray<LawParameter> Parameters => law.Parameters;

    public override int ScratchLength => 0;

    public override void Predict(ReadOnlySpan<double> theta, int block, Span<double> prediction, Span<double> jacobian, Span<double> scratch)
    {
        var (n, k) = (prediction.Length, Parameters.Length);
        Span<double> gradient = stackalloc double[MaxParameters];
        for (var i = 0; i < n; i++)
        {
            prediction[i] = law.Evaluate(theta, inputs[i], gradient[..k]);
            for (var j = 0; j < k; j++)
                jacobian[j * n + i] = gradient[j];
        }
    }
}
