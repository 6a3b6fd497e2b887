namespace ScalingLaws.Temporal;

/// <summary>p(t) = c0 + c1·ln(t/t_ref): a parameter that keeps drifting by the same amount per doubling of tokens.</summary>
internal sealed class LogarithmicForm : LinearForm
{
    public override string Name => "logarithmic";

    public override string Formula => "c0 + c1·ln x";

    public override ImmutableArray<string> CoefficientNames { get; } = ["c0", "c1"];

    protected override void Features(TemporalPoint point, Span<double> features)
    {
        features[0] = 1;
        features[1] = Math.Log(point.Time);
    }
}
