namespace ScalingLaws.Temporal;

/// <summary>A <see cref="PositionLaw"/> on one checkpoint's per-position losses as the engine sees it: one block, raw-scale predictions.</summary>
internal sealed class PositionModel(PositionLaw law, PositionGrid grid, double[] losses) : IFitModel
{
    private readonly double[] _logLosses = [.. losses.Select(l => Math.Log(l))];

    public string Name => law.Name;

    public ImmutableArray<LawParameter> Parameters { get; } = law.Parameters;

    public PredictionScale Scale => PredictionScale.Raw;

    public ReadOnlyMemory<double> Observed => losses;

    public ReadOnlyMemory<double> LogObserved => _logLosses;

    public int BlockCount => 1;

    public (int Start, int Length) Block(int block) => (0, losses.Length);

    /// <summary>Room for f(i).</summary>
    public int ScratchLength => losses.Length;

    public void Predict(ReadOnlySpan<double> theta, int block, Span<double> prediction, Span<double> jacobian, Span<double> scratch) =>
        law.Predict(theta, grid, prediction, jacobian, scratch);
}
