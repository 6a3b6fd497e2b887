using ScalingLaws.Curves;
using ScalingLaws.Fitting;
using ScalingLaws.Cli.Options;
using System.Collections.Immutable;
using ScalingLaws.Temporal;
using ScalingLaws.Temporal.Synthetic;

namespace ScalingLaws.Tests.Temporal;

/// <summary>
/// The temporal law on synthetic runs from the generator, whose true law uses the forms a0 logarithmic,
/// a1 hyperbolic, a2 schedule: analytic gradients, recovery of the law, choice of forms, and prediction
/// of the second half of a run from the first.
/// </summary>
public sealed class TemporalLawTests
{
    private static SyntheticRun Generate(ScheduleShape schedule = ScheduleShape.Cosine, double noise = 0.005, int seed = 1, int positions = 256) =>
        PositionLossGenerator.Generate(new SyntheticRunSettings { Schedule = schedule, Noise = noise, Seed = seed, Positions = positions });

    private static readonly ImmutableArray<TemporalForm> TrueForms = [TemporalForm.Logarithmic, TemporalForm.Hyperbolic, TemporalForm.Schedule];

    [Fact]
    public void Gradient_matches_central_differences()
    {
        var run = Generate().Losses;
        var clock = TemporalClock.For(run, 10, 0.8);
        var position = new PositionGrid(run.PositionCount).Position;
        var losses = run.Checkpoints.Take(10).SelectMany(c => c.Losses).ToArray();
        var model = new TemporalModel(TrueForms, [.. clock.Points.Take(10)], position, losses, [.. losses.Select(l => Math.Log(l))]);
        var objective = new ModelObjective(model, ParameterLayout.Create(model.Parameters, ParameterConstraints.None), FitObjective.HuberLog, LogHuber.Delta);
        double[] z = [4.3, -0.4, 0.2, 0.3, Math.Log(0.2), 3.2, -0.25, 0.15];
        var gradient = new double[z.Length];
        objective.Evaluate(z, gradient);
        for (var j = 0; j < z.Length; j++)
        {
            var (plus, minus) = ((double[])z.Clone(), (double[])z.Clone());
            plus[j] += 1e-6;
            minus[j] -= 1e-6;
            var numeric = (objective.Evaluate(plus, new double[z.Length]) - objective.Evaluate(minus, new double[z.Length])) / 2e-6;
            Assert.True(Math.Abs(numeric - gradient[j]) <= 1e-5 * Math.Max(1, Math.Abs(numeric)), $"∂/∂z{j}: analytic {gradient[j]}, numeric {numeric}");
        }
    }

    [Fact]
    public void Noiseless_run_recovers_the_law_and_predicts_the_second_half()
    {
        var run = Generate(noise: 0);

        var forecast = new TemporalFitter(0.5).Fit(run.Losses);

        // Only the warmup before the first checkpoint is unknown to the fitter (S1 is calibrated to within 0.01 of it).
        Assert.Equal(0.8, forecast.Law.Clock.InitialAreaFraction, 2);
        Assert.Same(TemporalForm.Schedule, forecast.Law.Forms[2]);
        Assert.True(forecast.SequencePrediction.MaxRe < 0.001, $"max relative error {forecast.SequencePrediction.MaxRe:P3}");
        Assert.True(forecast.PositionPrediction.MaxRe < 0.005, $"max relative error {forecast.PositionPrediction.MaxRe:P3}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Noisy_cosine_run_predicts_the_second_half_from_the_first(int seed)
    {
        var run = Generate(seed: seed);

        var forecast = new TemporalFitter(0.5).Fit(run.Losses);

        Assert.Equal(20, forecast.Fitted);
        Assert.Same(TemporalForm.Schedule, forecast.Law.Forms[2]);
        // Sequence loss: mean relative error under 0.2%, worst checkpoint under 0.4%. Per position the 0.5% noise is the floor.
        Assert.True(forecast.SequencePrediction.Mre < 0.002, $"sequence MRE {forecast.SequencePrediction.Mre:P3}");
        Assert.True(forecast.SequencePrediction.MaxRe < 0.004, $"sequence max RE {forecast.SequencePrediction.MaxRe:P3}");
        Assert.True(forecast.PositionPrediction.Mre < 0.005, $"per-position MRE {forecast.PositionPrediction.Mre:P3}");
        for (var k = 0; k < run.Losses.Count; k++)
        {
            var (a0, a1, a2) = forecast.Law.Parameters(k);
            var truth = run.TrueParameters[k];
            Near.Relative(truth.A2, a2, 0.005, $"a2 at checkpoint {k}");
            Near.Relative(truth.A0, a0, 0.05, $"a0 at checkpoint {k}");
            Near.Relative(truth.A1, a1, 0.1, $"a1 at checkpoint {k}");
        }
    }

    [Fact]
    public void Given_forms_recover_the_true_coefficients()
    {
        var run = Generate(noise: 0.001, positions: 512);

        var law = new TemporalFitter(0.5, TrueForms).Fit(run.Losses).Law;

        // In the fitter's units: a1 = c0 + c1/(1 + x/tau) with x = t/t_ref, so tau = 1e9 tokens / t_ref; a2's c1 and c2 carry over (S and r are rescaled).
        var a1 = TemporalForm.Hyperbolic.ToNatural(law.Coefficients[1].AsSpan());
        Near.Relative(0.2, a1[0], 0.02, "a1 c0");
        Near.Relative(0.3, a1[1], 0.02, "a1 c1");
        Near.Relative(1e9 / law.Clock.TokenScale, a1[2], 0.05, "a1 tau");
        Near.Relative(-0.41, law.Coefficients[0][1], 0.02, "a0 c1");
        Near.Relative(-0.25, law.Coefficients[2][1], 0.01, "a2 c1");
        Near.Relative(0.15 * 6e-4 / law.Clock.RateScale, law.Coefficients[2][2], 0.03, "a2 c2");
    }

    [Fact]
    public void Constant_rate_replaces_the_schedule_form_by_the_area_form()
    {
        var forecast = new TemporalFitter(0.5).Fit(Generate(ScheduleShape.Constant).Losses);

        Assert.Equal(["logarithmic", "hyperbolic", "area"], forecast.Candidates.Select(f => f.Name));
        Assert.Contains(forecast.Notes, n => n.Contains("annealing term is unidentifiable"));
        Assert.True(forecast.SequencePrediction.Mre < 0.002, $"sequence MRE {forecast.SequencePrediction.Mre:P3}");
    }

    [Fact]
    public void Without_learning_rates_only_the_time_forms_compete()
    {
        var run = Generate().Losses;
        var noRates = new PositionLosses(run.Run, run.Source, run.Checkpoints.Select(c => c with { LearningRate = null }));

        var forecast = new TemporalFitter(0.5).Fit(noRates);

        Assert.Equal(["logarithmic", "hyperbolic"], forecast.Candidates.Select(f => f.Name));
        Assert.Equal(8, forecast.Combinations.Length);
        Assert.Contains(forecast.Notes, n => n.Contains("no lr column"));
    }

    [Theory]
    [InlineData(0.0, "between 0 and 1")]
    [InlineData(1.0, "between 0 and 1")]
    [InlineData(-0.5, "between 0 and 1")]
    [InlineData(0.05, "leaves 2 to fit; the temporal law needs at least 4")]
    public void Bad_fit_fractions_are_refused(double fraction, string message)
    {
        var e = Assert.Throws<ScalingLawsException>(() => new TemporalFitter(fraction).Fit(Generate().Losses));

        Messages.AssertOneLine(e.Message, message);
    }

    [Fact]
    public void Schedule_form_needs_a_varying_rate()
    {
        var e = Assert.Throws<ScalingLawsException>(() => new TemporalFitter(0.5, TrueForms).Fit(Generate(ScheduleShape.Constant).Losses));

        Assert.Contains("use the area form", e.Message);
    }

    [Fact]
    public void From_step_leaves_out_the_earliest_checkpoints()
    {
        var run = Generate().Losses;

        var later = run.FromStep(run[3].Step);

        Assert.Equal(run.Count - 3, later.Count);
        Assert.Equal(run[3].Step, later[0].Step);
        var e = Assert.Throws<ScalingLawsException>(() => run.FromStep(run[^1].Step + 1));
        Assert.Contains("lower --from-step", e.Worded());
    }

    /// <summary>
    /// When no forms fit, the message points at checkpoints that do not follow the reciprocal law yet (as the first
    /// checkpoint of a real 200K-parameter run at step 41 did, R² 0.58) and names the step to start from.
    /// </summary>
    [Fact]
    public void Failure_names_the_step_from_which_the_reciprocal_law_holds()
    {
        var run = Generate().Losses;
        PositionLawFit Fit(double r2) =>
            new(HyperbolicPositionLaw.Instance, [1, 1, 1], 0, new ScalingLaws.Fitting.FitMetrics(0, r2, 0, 0, 0), ScalingLaws.Fitting.FitStatus.Converged, [], 1, 1);

        static string Worded(Wording remedy) => Wording.Render(remedy.Parts, s => s == Setting.FromStep ? "--from-step" : "--fit-fraction");
        var early = Worded(TemporalFitter.Remedy(run, [Fit(0.58), Fit(0.7), Fit(0.95), Fit(0.97)]));
        var settled = Worded(TemporalFitter.Remedy(run, [Fit(0.95), Fit(0.97)]));

        Assert.Contains($"the first 2 checkpoints do not follow the reciprocal law yet (R² 0.58 at step {run[0].Step:N0}); leave them out with --from-step {run[2].Step:G}", early);
        Assert.Equal("fit on more checkpoints with a larger --fit-fraction.", settled);
    }
}
