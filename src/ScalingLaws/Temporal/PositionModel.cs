namespace ScalingLaws.Temporal;

/// <summary>A <see cref="PositionLaw"/> on one checkpoint's per-position losses as the engine sees it: one block, raw-scale predictions.</summary>
internal sealed class PositionModel(PositionLaw law, PositionGrid grid, double[] losses) : SingleSeriesModel(losses)
{
    public override string Name => law.Name;

    public override ImmutableArray<LawParameter> Parameters { get; } = law.Parameters;

    /// <summary>Room for f(i).</summary>
    public override int ScratchLength => Observed.Length;

    public override void Predict(ReadOnlySpan<double> theta, int block, Span<double> prediction, Span<double> jacobian, Span<double> scratch) =>
        law.Predict(theta, grid, prediction, jacobian, scratch);
}
