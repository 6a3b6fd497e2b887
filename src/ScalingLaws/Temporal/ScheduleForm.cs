namespace ScalingLaws.Temporal;

/// <summary>
/// p(t) = c0 + c1·ln(S1/S1_ref) + c2·η/η_ref: driven by the learning-rate schedule. The first two terms
/// are the logarithmic form with the learning-rate area S1 as the clock (under a constant rate the two
/// differ only by the warmup); the last is Tissue et al. (2024)'s annealing term −C·S2 without momentum,
/// which is C·η up to a constant: the loss drops as the rate is annealed. Only checkpoint learning
/// rates are known, so no momentum is applied. When the fitted rates do not vary the annealing term
/// cannot be told from c0, and the form without it (<see cref="TemporalForm.Area"/>) is used instead.
/// </summary>
internal sealed class ScheduleForm(bool annealing) : LinearForm
{
    public override string Name => annealing ? "schedule" : "area";

    public override string Formula => annealing ? "c0 + c1·ln S + c2·r" : "c0 + c1·ln S";

    public override ImmutableArray<string> CoefficientNames { get; } = annealing ? ["c0", "c1", "c2"] : ["c0", "c1"];

    public override bool NeedsSchedule => true;

    protected override void Features(TemporalPoint point, Span<double> features)
    {
        features[0] = 1;
        features[1] = point.LogArea;
        if (annealing)
            features[2] = point.Rate;
    }
}
