using ScalingLaws.Cli.Options;
using ScalingLaws.Data;
using ScalingLaws.Planning;

namespace ScalingLaws.Tests.Planning;

/// <summary>
/// Finding IsoFLOP budgets from the runs' compute alone. References: Chinchilla's nine budgets and
/// a = 0.507 (0.518 with the 5 highest losses dropped) when they are given (shared/data/README.md,
/// IsoFlopChinchillaTests); Porian et al.'s config 4, 12 budgets 1.25e16·2^k and a ≈ 0.514 (this project's
/// reference computation; this estimator gives 0.5137). Designs that are not IsoFLOP must be refused.
/// </summary>
public sealed class BudgetDetectionTests
{
    [Fact]
    public void Chinchilla_gives_its_nine_round_budgets_and_the_exponent_of_the_given_budgets()
    {
        var design = BudgetDetection.Detect(IsoFlopData.ChinchillaAll.Rows, IsoFlopData.Tolerance);
        var found = new IsoFlopAnalysis().Run(IsoFlopData.ChinchillaAll);
        var given = new IsoFlopAnalysis(IsoFlopData.ChinchillaBudgets, IsoFlopData.Tolerance).Run(IsoFlopData.ChinchillaAll);

        Assert.Equal((BudgetSource.RoundGrid, "1-3-6"), (design.Source, design.Grid));
        Assert.Equal(IsoFlopData.ChinchillaBudgets, design.Budgets.Select(b => b.Flops));
        // 165 of the 245 runs lie within ±0.08 dex of a budget; the others (Approach 1's runs, extraction noise) do not.
        Assert.Equal((165, 80), (design.Budgets.Sum(b => b.Runs.Count), design.OffBudgetRuns));
        Assert.Equal(0.507, found.ParamsExponent, 0.005);
        Assert.Equal(given.ParamsExponent, found.ParamsExponent, 0.005);
        Assert.Equal(given.Budgets.Select(b => b.Runs.Count), found.Budgets.Select(b => b.Runs.Count));
    }

    [Fact]
    public void Chinchilla_without_the_5_highest_losses_gives_the_reference_exponent()
    {
        var result = new IsoFlopAnalysis().Run(IsoFlopData.ChinchillaDropped);

        Assert.Equal(9, result.Budgets.Count(b => b.Included));
        Assert.Equal(0.518, result.ParamsExponent, 0.005);
    }

    [Fact]
    public void Porian_config_4_gives_12_budgets_separated_by_gaps_labelled_by_their_exact_compute()
    {
        var design = BudgetDetection.Detect(IsoFlopData.PorianConfig4().Rows, IsoFlopData.Tolerance);
        var result = new IsoFlopAnalysis().Run(IsoFlopData.PorianConfig4());

        Assert.Equal(BudgetSource.Gaps, design.Source);
        Assert.Equal(Enumerable.Range(0, 12).Select(k => 1.25e16 * Math.Pow(2, k)), design.Budgets.Select(b => b.Flops), new RelativeComparer(1e-12));
        Assert.Equal(0, design.OffBudgetRuns);
        Assert.Equal(0.5137, result.ParamsExponent, 0.0005);
    }

    [Fact]
    public void Budgets_with_noisy_compute_are_labelled_by_the_roundest_value_among_their_runs()
    {
        // C within ±1% of 1.25e17·4^k: separated by gaps, labelled 1.25e17, 5e17, 2e18, 8e18 (not 1.3e17 or the mean).
        double[] budgets = [1.25e17, 5e17, 2e18, 8e18];
        var table = IsoFlopData.Profiles(budgets, jitter: i => 1 + 0.01 * Math.Sin(i));

        var design = BudgetDetection.Detect(table.Rows, IsoFlopData.Tolerance);

        Assert.Equal(BudgetSource.Gaps, design.Source);
        Assert.Equal(budgets, design.Budgets.Select(b => b.Flops));
        Assert.All(design.Budgets, b => Assert.Equal(9, b.Runs.Count));
    }

    [Fact]
    public void A_grid_over_N_and_D_is_refused_because_compute_varies_continuously()
    {
        var table = TrainingCurves.Grid();

        var design = BudgetDetection.Detect(table.Rows, IsoFlopData.Tolerance);
        var error = Assert.Throws<IsoFlopDesignException>(() => new IsoFlopAnalysis().Run(table));

        Assert.False(design.IsIsoFlop);
        Assert.Empty(design.Budgets);
        Assert.StartsWith("compute varies continuously", design.Refusal);
        Assert.EndsWith("so there are no 3 budgets with 3 sizes each", design.Refusal);
        Assert.Equal(design.Refusal, error.Reason);
        Assert.StartsWith("grid: Approach 2 cannot be applied to this design: compute varies continuously", error.Worded());
        Assert.Contains("Fit the parametric law instead (Approach 3)", error.Worded());
    }

    [Fact]
    public void Checkpoints_of_a_model_family_are_refused()
    {
        // OPT's training trajectories (a family from the Hitchhiker's guide): sizes × checkpoints, compute continuous.
        var design = BudgetDetection.Detect(SharedDatasets.Load("opt").Rows, IsoFlopData.Tolerance);

        Assert.False(design.IsIsoFlop);
        Assert.StartsWith("compute varies continuously", design.Refusal);
    }

    [Fact]
    public void Two_budgets_are_too_few()
    {
        var design = BudgetDetection.Detect(IsoFlopData.Profiles([1e18, 1e20]).Rows, IsoFlopData.Tolerance);

        Assert.Equal("only 2 groups of runs at one compute budget have 3 model sizes or more; Approach 2 needs 3", design.Refusal);
    }

    [Fact]
    public void Budgets_that_hold_a_minority_of_the_runs_are_refused()
    {
        // Three exact budgets of 3 sizes (9 runs), then 20 single runs 0.1 dex apart in compute.
        var profiles = IsoFlopData.Profiles([1.7e18, 1.7e19, 1.7e20], sizes: 3).Rows;
        var scattered = Enumerable.Range(0, 20).Select(i => 1e21 * Math.Pow(10, 0.1 * i)).Select(c => new Observation(1e9, Compute.Tokens(c, 1e9), c, 2.5));

        var design = BudgetDetection.Detect([.. profiles, .. scattered], IsoFlopData.Tolerance);

        Assert.Equal("only 9 of 29 runs lie at the 3 budgets found; the others' compute varies continuously", design.Refusal);
    }

    private sealed class RelativeComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance * Math.Abs(y);

        public int GetHashCode(double value) => 0;
    }
}
