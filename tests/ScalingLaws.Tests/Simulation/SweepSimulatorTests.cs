using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Planning;
using ScalingLaws.Simulation;

namespace ScalingLaws.Tests.Simulation;

public sealed class SweepSimulatorTests
{
    private static readonly SweepDesign Design = SweepDesign.Chinchilla;

    [Fact]
    public void The_sweep_has_isoflop_runs_around_each_optimum_and_a_ladder_of_training_curves()
    {
        var table = SweepSimulator.Simulate(Design, seed: 1);
        var truth = new ComputeOptimal(Design.Truth);

        Assert.Equal(5 * 9 + 6 * 16, table.Count);
        foreach (var budget in Design.Budgets)
        {
            var runs = table.Rows.Where(r => r.Family == SweepSimulator.IsoFlopFamily && r.Flops == budget).ToList();
            Assert.Equal(9, runs.Count);
            // Sizes span N*/6 … 6·N* with N* in the middle, and every run spends its budget: C = 6ND.
            Near.Relative(truth.ForFlops(budget).Params, runs.OrderBy(r => r.Params).ElementAt(4).Params, 1e-12, "middle size");
            Near.Relative(36, runs.Max(r => r.Params) / runs.Min(r => r.Params), 1e-12, "size span");
            Assert.All(runs, r => Near.Relative(budget, Compute.Flops(r.Params, r.Tokens), 1e-12, "C = 6ND"));
        }
        var ladder = table.Rows.Where(r => r.Family == SweepSimulator.LadderFamily).ToList();
        Assert.Equal(Design.LadderSizes.Order(), ladder.Select(r => r.Params).Distinct().Order());
        Assert.All(ladder.GroupBy(r => r.Params), run => Assert.Equal(Design.LadderTokens, run.Max(r => r.Tokens)));
        Assert.All(ladder, r => Assert.True(r.Step > 0));
    }

    [Fact]
    public void The_same_seed_gives_the_same_sweep_and_another_seed_another_noise()
    {
        var (a, b, c) = (SweepSimulator.Simulate(Design, 5), SweepSimulator.Simulate(Design, 5), SweepSimulator.Simulate(Design, 6));

        Assert.Equal(a.Rows.AsEnumerable(), b.Rows.AsEnumerable());
        Assert.NotEqual(a.Rows.Select(r => r.Loss), c.Rows.Select(r => r.Loss));
        Assert.Equal(a.Rows.Select(r => r.Params), c.Rows.Select(r => r.Params));
    }

    [Fact]
    public void The_noise_has_the_stated_size()
    {
        var table = SweepSimulator.Simulate(Design with { Noise = 0.01 }, seed: 3);
        var truth = new ComputeOptimal(Design.Truth);
        var logs = table.Rows.Select(r => Math.Log(r.Loss / truth.Loss(r.Params, r.Tokens))).ToArray();

        // 141 draws of σ·z: the sample SD is within 15 % of σ, the mean within 3 standard errors of 0.
        var sd = Math.Sqrt(logs.Sum(x => x * x) / logs.Length);
        Assert.InRange(sd, 0.0085, 0.0115);
        Assert.InRange(Math.Abs(logs.Average()), 0, 3 * 0.01 / Math.Sqrt(logs.Length));
    }

    [Fact]
    public void Without_noise_the_fit_recovers_the_true_law()
    {
        var table = SweepSimulator.Simulate(Design with { Noise = 0 }, seed: 1);
        var fit = new LawFitter(ChinchillaLaw.Instance).Fit(table);

        for (var j = 0; j < 5; j++)
            Near.Relative(Design.Truth[j], fit.Values[j], 1e-4, ChinchillaLaw.Instance.Parameters[j].Name);
    }

    [Fact]
    public void A_design_that_cannot_be_simulated_is_refused_in_one_line()
    {
        var error = Assert.Throws<ScalingLawsException>(() => SweepSimulator.Simulate(Design with { Noise = -1 }, 1));
        Messages.AssertOneLine(error.Message);
        Assert.Throws<ScalingLawsException>(() => SweepSimulator.Simulate(Design with { SizesPerBudget = 2 }, 1));
        Assert.Throws<ScalingLawsException>(() => SweepSimulator.Simulate(Design with { Truth = [1.69, 406.4, 410.7, -0.34, 0.28] }, 1));
    }
}
