using ScalingLaws.Cli.Options;
using ScalingLaws.Data;
using ScalingLaws.Planning;

namespace ScalingLaws.Tests.Planning;

/// <summary>Budgets that cannot give an optimum are left out with a reason; the fit uses the rest.</summary>
public sealed class IsoFlopExclusionTests
{
    private const double C = 1e20;

    // Sizes 1e8..1e10 (ln N from 18.4 to 23.0) and a loss given as a function of x = ln N.
    private static (double, double)[] Runs(Func<double, double> loss, int sizes = 5) =>
        [.. Enumerable.Range(0, sizes).Select(s => TrainingCurves.LogSpaced(1e8, 1e10, s, sizes)).Select(n => (n, loss(Math.Log(n))))];

    [Fact]
    public void A_budget_with_2_sizes_is_left_out()
    {
        var profile = IsoFlopAnalysis.Profile(C, [(1e8, 3.0), (1e8, 2.9), (1e9, 2.8), (1e9, 2.85)]);

        Assert.False(profile.Included);
        Assert.Equal("only 2 model sizes (needs 3)", profile.Excluded);
        Assert.True(double.IsNaN(profile.Params));
        Assert.Null(profile.Parabola);
    }

    [Fact]
    public void A_parabola_that_opens_downward_is_left_out()
    {
        var profile = IsoFlopAnalysis.Profile(C, Runs(x => 3 - 0.01 * (x - 20.7) * (x - 20.7)));

        Assert.Equal("the parabola opens downward (no minimum)", profile.Excluded);
        Assert.True(profile.Parabola![2] < 0);
    }

    [Fact]
    public void A_vertex_beyond_the_largest_size_is_left_out()
    {
        // Minimum at ln N = 25 (N ≈ 7.2e10), beyond the largest size 1e10.
        var profile = IsoFlopAnalysis.Profile(C, Runs(x => 2 + 0.01 * (x - 25) * (x - 25)));

        Assert.StartsWith("the minimum N = 7.2e10 lies outside the sampled sizes 1e8–1e10", profile.Excluded);
    }

    [Fact]
    public void An_interior_vertex_is_found_exactly_for_an_exact_parabola()
    {
        var profile = IsoFlopAnalysis.Profile(C, Runs(x => 2 + 0.05 * (x - 20.5) * (x - 20.5)));

        Assert.True(profile.Included);
        Assert.Equal(Math.Exp(20.5), profile.Params, Math.Exp(20.5) * 1e-9);
        Assert.Equal(2, profile.Loss, 1e-9);
        Assert.Equal(Compute.Tokens(C, profile.Params), profile.Tokens);
    }

    [Fact]
    public void Analysis_keeps_left_out_budgets_with_reasons_and_fits_the_rest()
    {
        var good = IsoFlopData.Profiles([1e18, 1e19, 1e20]);
        var rows = good.Rows.ToList();
        void Add(double flops, double n, double loss) => rows.Add(new Observation(n, Compute.Tokens(flops, n), flops, loss));
        Add(1e22, 1e9, 2.3); // one size
        Add(1e22, 2e9, 2.2);
        foreach (var (n, loss) in Runs(x => 3 - 0.01 * (x - 20.7) * (x - 20.7)))
            Add(1e23, n, loss);

        var result = new IsoFlopAnalysis([1e18, 1e19, 1e20, 1e22, 1e23]).Run(new ObservationTable(rows, "mixed"));

        Assert.Equal([true, true, true, false, false], result.Budgets.Select(b => b.Included));
        Assert.Equal("only 2 model sizes (needs 3)", result.Budgets[3].Excluded);
        Assert.Equal("the parabola opens downward (no minimum)", result.Budgets[4].Excluded);
        var included = result.Budgets.Take(3).ToList();
        Assert.Equal(PowerLawFit.Of([.. included.Select(b => b.Flops)], [.. included.Select(b => b.Params)]), result.OptimalParams);
    }

    [Fact]
    public void Fewer_than_2_usable_budgets_is_a_one_line_error()
    {
        var table = IsoFlopData.Profiles([1e19]);

        var error = Assert.Throws<ScalingLawsException>(() => new IsoFlopAnalysis([1e19, 1e21]).Run(table));

        Assert.Equal(
            "synthetic-isoflop: only 1 of 2 compute budgets give an interior parabola minimum; Approach 2 needs at least 2. Give the budgets with --budgets or --budget-column, or widen --tolerance.",
            error.Worded());
    }

    [Fact]
    public void Synthetic_profiles_of_Hoffmanns_law_recover_its_exponent()
    {
        // The IsoFLOP slice of L = E + A/N^α + B/D^β is not exactly a parabola in ln N, but sampled
        // symmetrically around the optimum its vertex is close: a within 0.002 of β/(α+β) = 0.4516.
        var result = new IsoFlopAnalysis().Run(IsoFlopData.Profiles([1e18, 1e19, 1e20, 1e21, 1e22]));

        Assert.Equal(5, result.Budgets.Count);
        Assert.Equal(TrainingCurves.ParamsExponent, result.ParamsExponent, 0.002);
    }
}
