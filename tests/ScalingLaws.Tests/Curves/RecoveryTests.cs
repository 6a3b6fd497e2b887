using ScalingLaws.Curves;

namespace ScalingLaws.Tests.Curves;

/// <summary>Fits to curves generated from known parameters recover them, and predict a schedule they were not fitted to.</summary>
public sealed class RecoveryTests
{
    [Fact]
    public void Power_law_recovers_its_parameters_from_a_noiseless_curve()
    {
        double[] truth = [2.5, 30, 0.45];
        var curve = SyntheticCurves.Curve("run", StepPowerLaw.Instance, truth, SyntheticCurves.Cosine(5000), first: 100, every: 50);

        var fit = new CurveFitter(StepPowerLaw.Instance).Fit([curve]);

        for (var j = 0; j < truth.Length; j++)
            Near.Relative(truth[j], fit.Values[j], 1e-5, StepPowerLaw.Instance.Parameters[j].Name);
    }

    [Fact]
    public void Tissue_law_recovers_its_parameters_from_two_schedules()
    {
        double[] truth = [2.4, 0.6, 0.45, 0.5];
        var law = AnnealingLaw.Instance;
        var curves = new[]
        {
            SyntheticCurves.Curve("cosine", law, truth, SyntheticCurves.Cosine(4000), first: 250, every: 50),
            SyntheticCurves.Curve("constant", law, truth, SyntheticCurves.TwoStage(4000, change: 4000, factor: 1), first: 250, every: 50),
        };

        var fit = new CurveFitter(law).Fit(curves);

        for (var j = 0; j < truth.Length; j++)
            Near.Relative(truth[j], fit.Values[j], 1e-4, law.Parameters[j].Name);
    }

    [Fact]
    public void Multi_power_law_fitted_to_noisy_curves_predicts_another_schedule()
    {
        double[] truth = [2.4, 0.65, 0.43, 520, 2.0, 0.6, 0.64];
        var law = MultiPowerLaw.Instance;
        var fitted = new[]
        {
            SyntheticCurves.Curve("cosine", law, truth, SyntheticCurves.Cosine(6000), first: 250, every: 32, noise: 5e-4, seed: 1),
            SyntheticCurves.Curve("constant", law, truth, SyntheticCurves.TwoStage(6000, change: 6000, factor: 1), first: 250, every: 32, noise: 5e-4, seed: 2),
            SyntheticCurves.Curve("two-stage", law, truth, SyntheticCurves.TwoStage(4000, change: 2000, factor: 0.3), first: 250, every: 32, noise: 5e-4, seed: 3),
        };
        var target = SyntheticCurves.Curve("wsd", law, truth, SyntheticCurves.Wsd(6000, decay: 1200), first: 250, every: 32);

        var fit = new CurveFitter(law).Fit(fitted);
        var prediction = CurvePrediction.Of(fit, target);

        Assert.Equal(fit.Starts, fit.ConvergedStarts);
        Assert.True(prediction.Metrics.Mre < 5e-4, $"mean relative error on the unseen WSD schedule {prediction.Metrics.Mre:P3}");
        Near.Relative(truth[MultiPowerLaw.L0], fit["L0"], 0.02, "L0");
        Near.Relative(truth[MultiPowerLaw.Alpha], fit["alpha"], 0.05, "alpha");
    }
}
