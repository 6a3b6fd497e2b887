using ScalingLaws.Planning;

namespace ScalingLaws.Tests.Planning;

/// <summary>The Approach 2 bootstrap on Chinchilla's nine budgets, less the 5 highest losses (a = 0.518).</summary>
public sealed class IsoFlopBootstrapTests
{
    private static readonly IsoFlopResult Estimate =
        new IsoFlopAnalysis(IsoFlopData.ChinchillaBudgets, IsoFlopData.Tolerance).Run(IsoFlopData.ChinchillaDropped);

    [Fact]
    public void The_same_seed_gives_the_same_result_on_any_number_of_threads()
    {
        var many = new IsoFlopBootstrap(400, seed: 7).Run(Estimate);
        var one = new IsoFlopBootstrap(400, seed: 7).Run(Estimate, maxDegreeOfParallelism: 1);
        var other = new IsoFlopBootstrap(400, seed: 8).Run(Estimate);

        Assert.Equal(many, one);
        Assert.NotEqual(many.ParamsExponent, other.ParamsExponent);
    }

    [Fact]
    public void The_interval_contains_the_estimate_and_every_resample_succeeds()
    {
        var result = new IsoFlopBootstrap(1000, seed: 42).Run(Estimate);

        Assert.Equal((1000, 42), (result.Resamples, result.Seed));
        // Nine budgets of 8-24 runs: a resample loses a budget now and then, never all but one.
        Assert.Equal(1000, result.Succeeded);
        Assert.InRange(Estimate.ParamsExponent, result.ParamsExponent.Lower, result.ParamsExponent.Upper);
        Assert.InRange(Estimate.TokensExponent, result.TokensExponent.Lower, result.TokensExponent.Upper);
        // b = 1 − a in every resample, so the spreads mirror each other.
        Assert.Equal(result.ParamsExponent.StandardError, result.TokensExponent.StandardError, 1e-12);
        Assert.Equal(1 - result.ParamsExponent.Upper, result.TokensExponent.Lower, 1e-12);
    }

    [Fact]
    public void The_standard_error_reflects_the_scatter_of_the_vertices()
    {
        // The vertices scatter about the line by ~0.06 in ln N_opt over 2.7 decades of C, which puts
        // the OLS slope's standard error near 0.01; the runs' resampling adds to it. A 0.005–0.03
        // band rules out a bootstrap that does not resample (SE 0) or that mixes budgets (far wider).
        var result = new IsoFlopBootstrap(1000, seed: 42).Run(Estimate);

        Assert.InRange(result.ParamsExponent.StandardError, 0.005, 0.03);
    }

    [Fact]
    public void A_budget_that_fails_in_a_resample_is_skipped_and_failed_resamples_are_counted()
    {
        // Two budgets with exactly 3 sizes: a resample that misses one size loses that budget, and
        // with it the only other one the fit could use, so that resample fails.
        var table = IsoFlopData.Profiles([1e18, 1e20], sizes: 3);
        var estimate = new IsoFlopAnalysis([1e18, 1e20]).Run(table);

        var result = new IsoFlopBootstrap(200, seed: 1).Run(estimate);

        // P(all 3 sizes drawn in 3 draws) = 6/27 per budget, so about 5 % of resamples keep both.
        Assert.InRange(result.Succeeded, 1, 30);
        Assert.True(result.Succeeded < result.Resamples);
    }

    [Fact]
    public void Fewer_than_2_resamples_is_an_error()
    {
        Assert.Throws<ScalingLawsException>(() => new IsoFlopBootstrap(1));
    }
}
