namespace ScalingLaws.Fitting;

/// <summary>A <see cref="ScalingLaw"/> on the rows of a table: blocks of rows sized to stay in cache.</summary>
internal sealed class ScalingLawModel(ScalingLaw law, FitData data) : IFitModel
{
    private const int BlockSize = 1024;

    public ScalingLaw Law { get; } = law;

    public FitData Data { get; } = data;

    public string Name => Law.Name;

    public ImmutableArray<LawParameter> Parameters => Law.Parameters;

    public PredictionScale Scale => PredictionScale.Log;

    public ReadOnlyMemory<double> Observed => Data.Loss;

    public ReadOnlyMemory<double> LogObserved => Data.LogLoss;

    public int BlockCount => (Data.Count + BlockSize - 1) / BlockSize;

    public (int Start, int Length) Block(int block) => (block * BlockSize, Math.Min(BlockSize, Data.Count - block * BlockSize));

    public int ScratchLength => 0;

    public void Predict(ReadOnlySpan<double> theta, int block, Span<double> prediction, Span<double> jacobian, Span<double> scratch)
    {
        var (start, length) = Block(block);
        Law.LogPredict(theta, Data.Inputs.Slice(start, length), prediction, jacobian);
    }
}
