using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;
using ScalingLaws.Simulation;

namespace ScalingLaws.Tests.Prediction;

/// <summary>The backtest on a synthetic sweep from a known Chinchilla law with 1% multiplicative noise.</summary>
public sealed class BacktestTests
{
    private static readonly double[] Truth = [1.8, 480, 2100, 0.35, 0.37];

    // 12 sizes from 50M to 5B, 4 checkpoints each (one model name per size).
    private static ObservationTable Sweep(int seed = 5)
    {
        var random = new Random(seed);
        var rows = new List<Observation>();
        foreach (var i in Enumerable.Range(0, 12))
        {
            var n = 5e7 * Math.Pow(10, 2.0 * i / 11);
            foreach (var multiple in new[] { 5.0, 10, 20, 40 })
            {
                var d = multiple * n;
                var noise = 0.01 * StandardNormal.Draw(random);
                rows.Add(new Observation(n, d, Compute.Flops(n, d), ChinchillaLaw.Instance.Predict(Truth, n, d) * Math.Exp(noise), $"model-{i}"));
            }
        }
        return new ObservationTable(rows, "sweep");
    }

    private static BacktestSettings Settings(BacktestOrder order = BacktestOrder.Params, int threads = 2) => new()
    {
        Order = order,
        FitOptions = FitOptions.Default with { StartStride = 4 },
        MaxDegreeOfParallelism = threads,
    };

    [Fact]
    public void Every_cut_keeps_runs_whole_and_holds_out_only_larger_ones()
    {
        var table = Sweep();

        var result = new Backtest(Settings()).Run(ChinchillaLaw.Instance, table);

        // The first cut fits 5 sizes (4 rows per law parameter: 20 rows); the last holds out the largest.
        Assert.Equal(12 - 5, result.Fits.Length);
        foreach (var fit in result.Fits)
        {
            var train = fit.Cut.Train.Select(i => table[i]).ToArray();
            var held = fit.Cut.HeldOut.Select(i => table[i]).ToArray();
            Assert.Empty(train.Select(r => r.Model).Intersect(held.Select(r => r.Model)));
            Assert.True(held.Min(r => r.Params) > train.Max(r => r.Params));
            Assert.Equal(table.Count, train.Length + held.Length);
        }
        Assert.Equal(4, result.Fits[^1].Cut.HeldOut.Length);
    }

    [Fact]
    public void No_interval_is_built_from_the_rows_it_scores()
    {
        var result = new Backtest(Settings()).Run(ChinchillaLaw.Instance, Sweep());

        // The model of cut i is measured on the errors of earlier cuts only: the first three have none of their own.
        Assert.All(result.Fits.Take(3), f => Assert.Equal(ErrorModelSource.Prior, f.Model!.Source));
        for (var i = 3; i < result.Fits.Length; i++)
        {
            Assert.Equal(ErrorModelSource.Backtest, result.Fits[i].Model!.Source);
            Assert.Equal(i, result.Fits[i].Model!.CutPoints);
            // Earlier cuts' held-out rows inside cut i's fitted part: sizes fitted by cut i but not by cut c, summed over c < i.
            var runs = Enumerable.Range(0, i).Sum(c => i - c);
            Assert.Equal(runs, result.Fits[i].Model!.Runs, 9);
        }
    }

    [Fact]
    public void Intervals_cover_a_law_that_holds_and_widen_with_distance()
    {
        var result = new Backtest(Settings()).Run(ChinchillaLaw.Instance, Sweep());

        var own = result.SummaryOf(ErrorModelSource.Backtest);
        Assert.InRange(own.Coverage, 0.85, 1.0);
        var bins = result.Bins();
        Assert.True(bins[^1].HeldOut.MeanRelativeHalfWidth > bins[0].HeldOut.MeanRelativeHalfWidth, "wider far from the data");
        // 1% noise: the law itself is right, so the model's σ0 is near the noise.
        Assert.InRange(result.Model.Sigma0, 0.003, 0.03);
    }

    [Fact]
    public void A_model_measured_on_few_cuts_has_at_least_students_t_multiplier()
    {
        var result = new Backtest(Settings()).Run(ChinchillaLaw.Instance, Sweep());

        // With 1% normal noise the tails alone would give about 1.96; the floor is t(0.975, cuts).
        var own = result.Fits.Select(f => f.Model!).Where(m => m.Source == ErrorModelSource.Backtest).ToArray();
        Assert.NotEmpty(own);
        Assert.All(own, m => Assert.True(m.Multiplier >= ErrorModelEstimator.MultiplierFloor(m.CutPoints) - 1e-12,
            $"{m.CutPoints} cuts: multiplier {m.Multiplier:F3} below t {ErrorModelEstimator.MultiplierFloor(m.CutPoints):F3}"));
        Assert.Contains(own, m => m.CutPoints == 3 && m.Multiplier >= 3.18);
    }

    [Fact]
    public void The_same_input_gives_the_same_result_on_any_number_of_threads()
    {
        var one = new Backtest(Settings(threads: 1)).Run(ChinchillaLaw.Instance, Sweep());
        var two = new Backtest(Settings(threads: 2)).Run(ChinchillaLaw.Instance, Sweep());

        Assert.Equal(one.Predictions.Select(p => p.Predicted), two.Predictions.Select(p => p.Predicted));
        Assert.Equal(one.Model, two.Model);
    }

    [Fact]
    public void Run_length_cuts_every_run_at_the_same_token_count()
    {
        var table = Sweep();

        var result = new Backtest(Settings(BacktestOrder.RunLength)).Run(ChinchillaLaw.Instance, table);

        foreach (var fit in result.Fits)
        {
            Assert.All(fit.Cut.Train, i => Assert.True(table[i].Tokens <= fit.Cut.Scale));
            Assert.All(fit.Cut.HeldOut, i => Assert.True(table[i].Tokens > fit.Cut.Scale));
        }
        Assert.True(result.Fits.Length <= new BacktestSettings().MaxCuts);
    }

    [Fact]
    public void By_tokens_per_parameter_the_fitted_part_is_the_most_trained_for_its_size_and_errors_are_measured_below_it()
    {
        // 48 sizes, one run each, at about 5 to 640 tokens per parameter in turn (no two alike).
        var table = new ObservationTable(Enumerable.Range(0, 48).Select(i =>
        {
            var (n, ratio) = (5e7 * Math.Pow(10, 2.0 * i / 47), 5 * Math.Pow(2, i % 8) * (1 + 0.001 * i));
            return new Observation(n, ratio * n, Compute.Flops(n, ratio * n), ChinchillaLaw.Instance.Predict(Truth, n, ratio * n) * (1 + 0.01 * Math.Sin(i)), $"model-{i}");
        }), "final rows");

        var result = new Backtest(Settings(BacktestOrder.TokensPerParam)).Run(ChinchillaLaw.Instance, table);

        Assert.NotEmpty(result.Fits);
        foreach (var fit in result.Fits)
        {
            var fitted = fit.Cut.Train.Min(i => table[i].Tokens / table[i].Params);
            Assert.All(fit.Cut.HeldOut, i => Assert.True(table[i].Tokens / table[i].Params < fitted));
        }
        Assert.Equal(ExtrapolationAxis.Undertraining, result.Model.Along);
        // Every held-out run lies below its cut's fitted D/N, so each is measured at a positive undertraining distance.
        Assert.All(result.HeldOutErrors, e => Assert.True(e.Distance > 0));
    }

    [Fact]
    public void Held_exponents_lower_the_rows_a_cut_needs()
    {
        // Five sizes of 4 rows: the five-parameter law needs 20 fitted rows and so no cut holds anything out; with α and β
        // held, 3 parameters need 12, and the cuts after 3 and 4 sizes remain.
        var table = new ObservationTable(Sweep().Rows.Where(r => r.Params < 3e8), "five");
        Assert.Equal(20, table.Count);

        var error = Assert.Throws<ScalingLawsException>(() => new Backtest(Settings()).Run(ChinchillaLaw.Instance, table));
        Assert.Contains("in at least 20 rows (4 per parameter the chinchilla law fits, 5 of 5)", error.Message);

        var held = Settings() with { FitOptions = Settings().FitOptions with { Constraints = ParameterConstraints.None.Fix("alpha", 0.35).Fix("beta", 0.37) } };
        var result = new Backtest(held).Run(ChinchillaLaw.Instance, table);
        Assert.Equal([12, 16], result.Fits.Select(f => f.Cut.Train.Length));
    }

    [Fact]
    public void A_misnamed_constraint_fails_once_before_any_cut_with_the_setting_typed()
    {
        // Before round 16 each cut failed on its own ("no fit (ParameterConstraints.Tie: …)") and the backtest returned.
        var tied = Settings() with { FitOptions = Settings().FitOptions with { Constraints = ParameterConstraints.None.Tie("alpha", "gamma") } };

        var error = Assert.Throws<ScalingLawsException>(() => new Backtest(tied).Run(ChinchillaLaw.Instance, Sweep()));

        Assert.Equal("--tie: unknown parameter 'gamma' for the chinchilla law; its parameters are E, A, B, alpha, beta.", error.Describe(s => $"--{s.ToString().ToLowerInvariant()}"));
    }

    [Fact]
    public void A_cut_that_fails_keeps_its_failure_typed()
    {
        // One size of 24 checkpoints cut by run length: no cut can determine A and alpha, and each says which setting helps,
        // for a front end to word (the command line printed "ParameterConstraints.Fix" before round 16).
        var rows = Enumerable.Range(1, 24).Select(t => new Observation(1e8, t * 1e9, Compute.Flops(1e8, t * 1e9), ChinchillaLaw.Instance.Predict(Truth, 1e8, t * 1e9), "one")).ToList();
        var settings = Settings(BacktestOrder.RunLength) with { FitOptions = Settings().FitOptions with { Constraints = ParameterConstraints.None.Fix("B", 2100).Fix("beta", 0.37) } };

        var result = new Backtest(settings).Run(ChinchillaLaw.Instance, new ObservationTable(rows, "one size"));

        Assert.NotEmpty(result.Fits);
        Assert.All(result.Fits, f => Assert.EndsWith("fix A and alpha with --fix.", f.Failure!.Describe(s => $"--{s.ToString().ToLowerInvariant()}")));
    }

    [Fact]
    public void A_table_with_too_few_sizes_is_refused_in_words()
    {
        var table = new ObservationTable(Sweep().Rows.Where(r => r.Model is "model-0" or "model-1" or "model-2"), "small");

        var error = Assert.Throws<ScalingLawsException>(() => new Backtest(Settings()).Run(ChinchillaLaw.Instance, table));

        Assert.Contains("too few distinct model sizes", error.Message);
        Assert.EndsWith("Its 12 rows are the checkpoints of 3 runs, and this order keeps runs whole; a backtest by run length cuts within them.", error.Message);
    }

    [Fact]
    public void A_table_of_final_values_with_too_few_sizes_is_not_sent_to_run_length()
    {
        var table = new ObservationTable(Sweep().Rows.Where(r => r.Model is "model-0" or "model-1" or "model-2").GroupBy(r => r.Model).Select(g => g.MaxBy(r => r.Tokens)!), "finals");

        var error = Assert.Throws<ScalingLawsException>(() => new Backtest(Settings()).Run(ChinchillaLaw.Instance, table));

        Assert.DoesNotContain("run length", error.Message);
    }

    [Fact]
    public void The_residual_scale_counts_each_run_once_and_has_a_floor()
    {
        // Three runs: one with 9 checkpoints all 1% off, two with 2 checkpoints 3% off. By row the median |residual| is 1%; by
        // run (each weighing 1) it is 3%. A fourth run's single checkpoint, on the law, does not count among checkpoints
        // (ResidualScale.RowsPerRun): with it the median by run would be 1%.
        var law = ChinchillaLaw.Instance;
        Observation Row(double n, double d, double logError, string run) => new(n, d, Compute.Flops(n, d), law.Predict(Truth, n, d) * Math.Exp(logError), run);
        var rows = Enumerable.Range(1, 9).Select(k => Row(1e8, k * 2e9, 0.01, "a"))
            .Concat([Row(4e8, 8e9, -0.03, "b"), Row(4e8, 12e9, -0.03, "b"), Row(8e8, 16e9, 0.03, "c"), Row(8e8, 24e9, 0.03, "c")])
            .Append(Row(1.6e9, 32e9, 0, "d"));
        var table = new ObservationTable(rows, "four runs");

        Near.Relative(0.03 / 0.6744897501960817, ResidualScale.Of(law, Truth, table), 1e-9, "by run");

        // A table of final values (one row per run): every run counts.
        var finals = new ObservationTable([Row(1e8, 2e9, 0.01, "a"), Row(4e8, 8e9, -0.02, "b"), Row(8e8, 16e9, 0.03, "c")], "final values");
        Near.Relative(0.02 / 0.6744897501960817, ResidualScale.Of(law, Truth, finals), 1e-9, "final values");

        var exact = new ObservationTable(table.Rows.Select(r => r with { Loss = law.Predict(Truth, r.Params, r.Tokens) }), "exact");
        Assert.Equal(ResidualScale.Floor, ResidualScale.Of(law, Truth, exact));
    }

    [Fact]
    public void A_small_table_gets_the_prior_for_its_law_file()
    {
        var table = new ObservationTable(Sweep().Rows.Where(r => r.Params < 3e8), "small");

        var model = PredictiveModel.Measure(ChinchillaLaw.Instance, table, Truth, Settings());

        // The prior scaled by the square root of the law's residual scale on these rows: the 1% noise, measured robustly.
        var scale = ResidualScale.Of(ChinchillaLaw.Instance, Truth, table);
        Assert.InRange(scale, 0.004, 0.02);
        Assert.Equal(ErrorModelSource.Prior, model.Errors.Source);
        Near.Relative(HitchhikerPrior.Sigma0 * Math.Sqrt(scale), model.Errors.Sigma0, 1e-12, "sigma0");
        Near.Relative(HitchhikerPrior.Slope * Math.Sqrt(scale), model.Errors.Slope, 1e-12, "slope");
        Assert.Equal(HitchhikerPrior.Multiplier, model.Errors.Multiplier);
        Assert.Equal(table.Rows.Max(r => r.Params), model.Ranges.Inputs[0].Max);
    }
}
