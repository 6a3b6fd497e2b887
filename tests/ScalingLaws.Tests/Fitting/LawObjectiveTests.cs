using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Fitting;

/// <summary>The value of the fit objective: Huber on log residuals, least squares on raw loss, and bootstrap weights.</summary>
public sealed class LawObjectiveTests
{
    private static readonly double[] Truth = Synthetic.Chinchilla;

    private static ObservationTable Table(params (double N, double D, double Loss)[] rows) =>
        new(rows.Select(r => new Observation(r.N, r.D, 6 * r.N * r.D, r.Loss)), "hand");

    private static double Huber(double r, double delta) =>
        Math.Abs(r) <= delta ? 0.5 * r * r : delta * (Math.Abs(r) - 0.5 * delta);

    [Fact]
    public void Huber_objective_sums_huber_of_log_residuals()
    {
        // Three rows whose losses are the law's prediction times exp(r) for r = 5e-4 (quadratic
        // branch), −0.01 and 0.2 (linear branch): f = ½(5e-4)² + δ(0.01 − δ/2) + δ(0.2 − δ/2).
        var law = ChinchillaLaw.Instance;
        (double N, double D)[] points = [(1e8, 1e9), (1e9, 2e10), (5e9, 1e11)];
        double[] r = [5e-4, -0.01, 0.2];
        var table = Table([.. points.Select((p, i) => (p.N, p.D, law.Predict(Truth, p.N, p.D) * Math.Exp(r[i])))]);
        // Three rows are too few for FitProblem's row check, so build the objective from its parts.
        var objective = new ModelObjective(new ScalingLawModel(law, FitData.Create(table, law)), ParameterLayout.Create(law.Parameters, ParameterConstraints.None), FitObjective.HuberLog, 1e-3);

        var value = objective.Evaluate(law.ToInternal(Truth), new double[5]);

        var expected = 0.5 * 5e-4 * 5e-4 + 1e-3 * (0.01 - 5e-4) + 1e-3 * (0.2 - 5e-4); // 2.0000125e-4
        Assert.Equal(expected, r.Sum(x => Huber(x, 1e-3)), 1e-18);
        // Residuals pass through exp and log: ~1e-16 each, so the value is good to ~1e-18.
        Assert.Equal(expected, value, 1e-15);
    }

    [Fact]
    public void Least_squares_objective_sums_squared_raw_errors()
    {
        var law = ChinchillaLaw.Instance;
        (double N, double D)[] points = [(1e8, 1e9), (1e9, 2e10), (5e9, 1e11)];
        double[] error = [0.1, -0.05, 0.02];
        var table = Table([.. points.Select((p, i) => (p.N, p.D, law.Predict(Truth, p.N, p.D) + error[i]))]);
        var objective = new ModelObjective(new ScalingLawModel(law, FitData.Create(table, law)), ParameterLayout.Create(law.Parameters, ParameterConstraints.None), FitObjective.LeastSquares, 1e-3);

        var value = objective.Evaluate(law.ToInternal(Truth), new double[5]);

        Assert.Equal(0.01 + 0.0025 + 0.0004, value, 1e-14);
    }

    [Fact]
    public void Integer_weights_equal_repeating_rows()
    {
        // A bootstrap resample is a vector of counts: weighting row i by w_i must equal fitting a
        // table in which row i appears w_i times (including 0 times), for value and gradient.
        var law = ChinchillaLaw.Instance;
        var table = Synthetic.Sweep(law, Truth, sigma: 0.01, seed: 2);
        var random = new Random(9);
        var weights = Enumerable.Range(0, table.Count).Select(_ => (double)random.Next(4)).ToArray();
        var repeated = table.Select([.. Enumerable.Range(0, table.Count).SelectMany(i => Enumerable.Repeat(i, (int)weights[i]))]);

        var layout = ParameterLayout.Create(law.Parameters, ParameterConstraints.None);
        var data = FitProblem.Create(law, table, FitOptions.Default).Data;
        var repeatedData = FitProblem.Create(law, repeated, FitOptions.Default).Data;
        var z = law.ToInternal([1.7, 450, 1400, 0.34, 0.29]);
        foreach (var kind in new[] { FitObjective.HuberLog, FitObjective.LeastSquares })
        {
            var weighted = new ModelObjective(new ScalingLawModel(law, data), layout, kind, 1e-3) { Weights = weights };
            var plain = new ModelObjective(new ScalingLawModel(law, repeatedData), layout, kind, 1e-3);
            var gw = new double[5];
            var gp = new double[5];
            var fw = weighted.Evaluate(z, gw);
            var fp = plain.Evaluate(z, gp);
            // Same terms summed in a different order: agreement to ~1e-13 relative.
            Assert.Equal(fp, fw, 1e-12 * Math.Abs(fp));
            for (var j = 0; j < 5; j++)
                Assert.Equal(gp[j], gw[j], 1e-12 * gp.Max(Math.Abs));
        }
    }

    [Fact]
    public void Unit_weights_change_nothing_and_null_restores_unweighted()
    {
        var law = ChinchillaLaw.Instance;
        var problem = FitProblem.Create(law, Synthetic.Sweep(law, Truth, sigma: 0.01), FitOptions.Default);
        var objective = problem.CreateObjective();
        var z = law.ToInternal([1.7, 450, 1400, 0.34, 0.29]);
        var g0 = new double[5];
        var f0 = objective.Evaluate(z, g0);

        objective.Weights = [.. Enumerable.Repeat(1.0, problem.Data.Count)];
        var g1 = new double[5];
        var f1 = objective.Evaluate(z, g1);
        objective.Weights = [.. Enumerable.Repeat(2.0, problem.Data.Count)];
        var g2 = new double[5];
        var f2 = objective.Evaluate(z, g2);
        objective.Weights = null;
        var g3 = new double[5];
        var f3 = objective.Evaluate(z, g3);

        // Dot versus Sum may round differently: 1e-13 relative.
        Assert.Equal(f0, f1, 1e-13 * f0);
        Assert.Equal(2 * f0, f2, 1e-13 * f0);
        Assert.Equal(f0, f3);
        for (var j = 0; j < 5; j++)
        {
            Assert.Equal(g0[j], g1[j], 1e-13 * g0.Max(Math.Abs));
            Assert.Equal(2 * g0[j], g2[j], 1e-13 * g0.Max(Math.Abs));
            Assert.Equal(g0[j], g3[j]);
        }
    }

    [Fact]
    public void Evaluate_allocates_nothing()
    {
        // Thousands of starts call Evaluate millions of times; it must not allocate (3 blocks of rows).
        var law = ChinchillaLaw.Instance;
        var table = Synthetic.Sweep(law, Truth, sigma: 0.01, sizes: 50, tokenCounts: 50);
        var objective = FitProblem.Create(law, table, FitOptions.Default).CreateObjective();
        var z = law.ToInternal(Truth);
        var gradient = new double[5];
        objective.Evaluate(z, gradient); // JIT and tiering

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++)
            objective.Evaluate(z, gradient);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_large_table_summed_in_parallel_chunks_equals_the_sum_of_its_parts_on_any_number_of_cores()
    {
        // 40,000 rows are 40 blocks: past 16, the fused Huber kernel sums fixed chunks on every core. The same rows
        // cut into tables of at most 16 blocks are summed on one thread; the totals differ only in summation order.
        var law = ChinchillaLaw.Instance;
        var table = Synthetic.Scattered(Truth, 40_000, 0.005, seed: 3);
        var z = law.ToInternal([1.7, 450, 1400, 0.34, 0.29]);
        var (whole, again, parts, part) = (new double[5], new double[5], new double[5], new double[5]);

        var value = FitProblem.Create(law, table, FitOptions.Default).CreateObjective().Evaluate(z, whole);
        // The chunks are fixed, not one per thread: on one core the sums are the same to the bit.
        var repeated = FitProblem.Create(law, table, FitOptions.Default with { MaxDegreeOfParallelism = 1 }).CreateObjective().Evaluate(z, again);
        var sum = 0.0;
        foreach (var (start, length) in new[] { (0, 16_384), (16_384, 16_384), (32_768, 7_232) })
        {
            sum += FitProblem.Create(law, table.Select([.. Enumerable.Range(start, length)]), FitOptions.Default).CreateObjective().Evaluate(z, part);
            for (var j = 0; j < 5; j++)
                parts[j] += part[j];
        }

        Assert.Equal(value, repeated);
        Assert.Equal(whole, again);
        Assert.Equal(sum, value, 1e-12 * Math.Abs(sum));
        for (var j = 0; j < 5; j++)
            Assert.Equal(parts[j], whole[j], 1e-12 * parts.Max(Math.Abs));
    }

    [Theory]
    [InlineData(FitObjective.LeastSquares)]
    [InlineData(FitObjective.HuberLog)]
    public void A_large_table_of_a_law_without_a_fused_kernel_is_summed_in_the_same_chunks_on_any_number_of_cores(FitObjective kind)
    {
        // Kaplan has no one-pass kernel: its blocks go through LogPredict, each worker with its own buffers. 40,000 rows
        // are three chunks; one, two or three workers give the same sums to the bit, and the sum of the parts to 1e-12.
        var law = KaplanLaw.Instance;
        var table = Synthetic.Scattered(Truth, 40_000, 0.005, seed: 3);
        var z = law.ToInternal([8.8e13, 5.4e13, 0.076, 0.095]);
        var options = FitOptions.Default with { Objective = kind };
        double Evaluate(ObservationTable rows, int threads, double[] gradient) =>
            FitProblem.Create(law, rows, options with { MaxDegreeOfParallelism = threads }).CreateObjective().Evaluate(z, gradient);
        var (one, two, three, part, parts) = (new double[4], new double[4], new double[4], new double[4], new double[4]);

        var value = Evaluate(table, 1, one);
        var sum = 0.0;
        foreach (var (start, length) in new[] { (0, 16_384), (16_384, 16_384), (32_768, 7_232) })
        {
            sum += Evaluate(table.Select([.. Enumerable.Range(start, length)]), 1, part);
            for (var j = 0; j < 4; j++)
                parts[j] += part[j];
        }

        Assert.Equal(value, Evaluate(table, 2, two));
        Assert.Equal(value, Evaluate(table, 3, three));
        Assert.Equal(one, two);
        Assert.Equal(one, three);
        Assert.Equal(sum, value, 1e-12 * Math.Abs(sum));
        for (var j = 0; j < 4; j++)
            Assert.Equal(parts[j], one[j], 1e-12 * parts.Max(Math.Abs));
    }
}
