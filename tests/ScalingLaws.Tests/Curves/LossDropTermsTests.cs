using ScalingLaws.Curves;

namespace ScalingLaws.Tests.Curves;

/// <summary>
/// The Multi-Power Law's loss-drop sum: the exact prepared sum equals the repository's formula evaluated term by term,
/// and the blocked sum stays within its stated error of the exact one.
/// </summary>
public sealed class LossDropTermsTests
{
    private static readonly double[] Values = [2.37474466, 0.65421216, 0.42878731, 523.42464371, 2.02462735, 0.59350493, 0.63472457];

    // The repository's evaluation: pred = L0 + A·lr_sum[s]^−α + B·Σ_{k=1..s} lr_gap[k]·(1 − (1 + C·η_k^−γ·(lr_sum[s] − lr_sum[k−1]))^−β).
    private static double Reference(LearningRateSchedule schedule, int s)
    {
        var eta = schedule.Rates;
        var sum = schedule.Areas;
        var (l0, a, alpha, b, c, beta, gamma) = (Values[0], Values[1], Values[2], Values[3], Values[4], Values[5], Values[6]);
        var drop = 0.0;
        for (var k = 1; k <= s; k++)
            drop += (eta[k] - eta[k - 1]) * (1 - Math.Pow(1 + c * Math.Pow(eta[k], -gamma) * (sum[s] - sum[k - 1]), -beta));
        return l0 + a * Math.Pow(sum[s], -alpha) + b * drop;
    }

    public static TheoryData<string> Schedules => ["cosine", "wsd", "two-stage"];

    private static LearningRateSchedule Schedule(string name) => name switch
    {
        "cosine" => SyntheticCurves.Cosine(4000),
        "wsd" => SyntheticCurves.Wsd(4000, decay: 800),
        _ => SyntheticCurves.TwoStage(4000, change: 2000, factor: 0.3),
    };

    [Theory]
    [MemberData(nameof(Schedules))]
    public void Exact_sum_is_the_repository_formula(string name)
    {
        var schedule = Schedule(name);
        var steps = Enumerable.Range(1, 39).Select(i => i * 100 + 37).ToArray();
        var predicted = new MultiPowerLaw(tolerance: 0).Predict(Values, new LossCurve(name, steps, steps.Select(_ => 1.0), schedule));
        for (var i = 0; i < steps.Length; i++)
            Near.Relative(Reference(schedule, steps[i]), predicted[i], 1e-12, $"{name}, step {steps[i]}");
    }

    [Theory]
    [MemberData(nameof(Schedules))]
    public void Blocked_sum_stays_within_its_error_bound(string name)
    {
        var schedule = Schedule(name);
        var steps = Enumerable.Range(1, 39).Select(i => i * 100 + 37).ToArray();
        var curve = new LossCurve(name, steps, steps.Select(_ => 1.0), schedule);
        var exact = new MultiPowerLaw(tolerance: 0).Predict(Values, curve);
        var blocked = MultiPowerLaw.Instance.Predict(Values, curve);
        var terms = LossDropTerms.Build(schedule, steps, MultiPowerLaw.DefaultTolerance);
        // β(β+1)·tol²/8 of the loss drop B·Σ|Δ| is the bound; the blocked sum must also be far shorter than the exact one.
        var bound = Values[5] * (Values[5] + 1) * Math.Pow(MultiPowerLaw.DefaultTolerance, 2) / 8 * Values[3] * 2 * SyntheticCurves.Peak;
        for (var i = 0; i < steps.Length; i++)
            Assert.True(Math.Abs(exact[i] - blocked[i]) <= bound, $"{name}, step {steps[i]}: exact {exact[i]:R}, blocked {blocked[i]:R}, bound {bound:G3}");
        var exactTerms = LossDropTerms.Build(schedule, steps, 0);
        Assert.True(terms.Count * 4 < exactTerms.Count, $"{terms.Count} blocked terms against {exactTerms.Count} exact ones");
    }
}
