using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Fitting;

/// <summary>A search whose starts mostly ran out of iterations stops at the iteration limit, whatever the winner's own status.</summary>
public sealed class StartTallyTests
{
    [Fact]
    public void Most_starts_cut_short_by_the_iteration_limit_are_reported()
    {
        // Five iterations: about a fifth of the starts meet the search's coarse tolerance, the rest stop at the limit, and
        // the winner is far from the optimum (R² about 0.17), though it counts as converged by that coarse tolerance.
        var options = FitOptions.Default with
        {
            Optimizer = FitOptions.Default.Optimizer with { MaxIterations = 5 },
            SearchOptimizer = FitOptions.Default.SearchOptimizer with { MaxIterations = 5 },
        };

        var fit = new LawFitter(ChinchillaLaw.Instance, options).Fit(ChinchillaEpoch.Shared.Table);

        var cut = Assert.Single(fit.Diagnostics.OfType<StartsCutShort>());
        Assert.Equal(4500, cut.Starts);
        Assert.InRange(cut.AtLimit, 2251, 4500);
        Assert.Equal(FitStatus.IterationLimit, fit.Status);
        Assert.False(fit.Status.IsUsable());
    }

    [Fact]
    public void A_full_search_reports_no_starts_cut_short()
    {
        var fit = new LawFitter(ChinchillaLaw.Instance).Fit(ChinchillaEpoch.Shared.Table);

        Assert.DoesNotContain(fit.Diagnostics, d => d is StartsCutShort or StoppedAtIterationLimit);
    }
}
