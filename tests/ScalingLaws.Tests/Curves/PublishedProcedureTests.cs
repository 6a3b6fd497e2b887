using ScalingLaws.Curves;

namespace ScalingLaws.Tests.Curves;

/// <summary>
/// The Multi-Power Law repository's procedure away from the repository's runs: errors name the law the user asked for,
/// and a breakdown of its fixed-rate AdamW is said, not hidden. (Its reproduction of the published fits is in
/// <see cref="MultiPowerDataTests"/>.)
/// </summary>
public sealed class PublishedProcedureTests
{
    private static readonly CurveFitOptions Published = CurveFitOptions.Default with { Procedure = CurveFitProcedure.Published };

    // The first half of a cosine run to step 2,000 at a peak rate of 1e-3, its loss a power law in the step: far from
    // the repository's runs (the CLI tests' run, fitted with --fit-fraction 0.5).
    private static LossCurve CosineRun(bool withRate = true)
    {
        var steps = Enumerable.Range(1, 20).Select(i => 100 * i).ToArray();
        var rates = steps.Select(s => 1e-4 + 0.45e-3 * (1 + Math.Cos(Math.PI * s / 2000))).ToArray();
        var schedule = LearningRateSchedule.FromPoints(steps, rates, "cosine, logged every 100 steps");
        return new LossCurve("cos", steps, steps.Select(s => 2 + 3 * Math.Pow(s * 5e-4, -0.4)), withRate ? schedule : null).Through(1_000);
    }

    [Fact]
    public void A_run_without_a_schedule_is_refused_in_the_name_of_the_multipower_law()
    {
        var e = Assert.Throws<ScalingLawsException>(() => new CurveFitter(MultiPowerLaw.Instance, Published).Fit([CosineRun(withRate: false)]));

        Assert.Contains("the multipower law needs the learning rate", e.Message);
    }

    [Fact]
    public void A_step_out_of_the_laws_domain_stops_the_fit_with_a_warning_at_a_valid_point()
    {
        var fit = new CurveFitter(MultiPowerLaw.Instance, Published).Fit([CosineRun()]);

        Assert.Contains("left the law's domain", fit.Method);
        Assert.Contains(fit.Diagnostics, d => d is PublishedProcedureLeftDomain { Steps: > 0 });
        Assert.All(fit.Predict(CosineRun()), l => Assert.True(double.IsFinite(l) && l > 0, $"predicted loss {l}"));
        Assert.All(new[] { MultiPowerLaw.L0, MultiPowerLaw.A, MultiPowerLaw.B, MultiPowerLaw.C }, j => Assert.True(fit.Values[j] > 0));
    }
}
