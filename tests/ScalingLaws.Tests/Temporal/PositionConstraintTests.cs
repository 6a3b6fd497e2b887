using System.Collections.Immutable;
using ScalingLaws.Fitting;
using ScalingLaws.Temporal;
using ScalingLaws.Temporal.Synthetic;

namespace ScalingLaws.Tests.Temporal;

/// <summary>
/// --fix/--tie/--bound on the per-position laws and the temporal law: held values stay, bounds hold and are reported
/// as hit, ties hold, and a name no law (or no choice of forms) has is refused with the valid names.
/// </summary>
public sealed class PositionConstraintTests
{
    private static readonly Lazy<PositionLosses> Run = new(() =>
        PositionLossGenerator.Generate(new SyntheticRunSettings { Positions = 256, Checkpoints = 12, Seed = 5 }).Losses);

    private static readonly ImmutableArray<TemporalForm> TrueForms = [TemporalForm.Logarithmic, TemporalForm.Hyperbolic, TemporalForm.Schedule];

    [Fact]
    public void A_fixed_a2_holds_in_both_laws_and_a_bound_on_a1_only_in_the_hyperbola()
    {
        var fixedA2 = ParameterConstraints.None.Fix("a2", 2.5);
        var lowest = PositionComparison.Of(Run.Value, constraints: fixedA2).Checkpoints.Min(c => c.Hyperbolic.Values[1]);

        var fitted = PositionComparison.Of(Run.Value, constraints: fixedA2.Bound("a1", 0, 0.5 * lowest));

        // Every checkpoint's optimum with a2 held lies above the bound, so every hyperbola ends on it and says so.
        Assert.All(fitted.Checkpoints, c =>
        {
            Assert.Equal(2.5, c.Hyperbolic.Values[2], 12);
            Assert.Equal(2.5, c.Power.Values[2], 12);
            Assert.Equal(FitStatus.AtBound, c.Hyperbolic.Status);
            Assert.Equal(0.5 * lowest, c.Hyperbolic.Values[1], 1e-6 * lowest);
            Assert.Contains(c.Hyperbolic.Diagnostics, d => d is ParameterAtBound { Parameter: "a1", Side: BoundHit.Upper });
        });
        Assert.DoesNotContain(fitted.Checkpoints, c => c.Power.Status == FitStatus.AtBound);
    }

    [Fact]
    public void A_tie_of_a0_to_a2_holds_in_both_laws()
    {
        var fitted = PositionComparison.Of(Run.Value, constraints: ParameterConstraints.None.Tie("a0", "a2"));

        Assert.All(fitted.Checkpoints, c =>
        {
            Assert.Equal(c.Hyperbolic.Values[2], c.Hyperbolic.Values[0]);
            Assert.Equal(c.Power.Values[2], c.Power.Values[0]);
        });
    }

    [Theory]
    [InlineData("zeta", "a0", "unknown parameter 'zeta' for the hyperbolic or power law; its parameters are a0, a1, a2, c.")]
    [InlineData("a1", "c", "unknown parameter 'c' for the hyperbolic law; its parameters are a0, a1, a2.")]
    public void Names_no_law_has_and_ties_across_laws_are_refused(string name, string target, string message)
    {
        var e = Assert.Throws<ScalingLawsException>(() => PositionComparison.Of(Run.Value, constraints: ParameterConstraints.None.Tie(name, target)));

        Assert.EndsWith(message, e.Message);
    }

    [Fact]
    public void A_fixed_or_bounded_tau_holds_in_the_temporal_law_and_picks_the_hyperbolic_form()
    {
        var run = PositionLossGenerator.Generate(new SyntheticRunSettings { Positions = 128, Seed = 1 }).Losses;
        var free = new TemporalFitter(0.5, TrueForms).Fit(run);
        var tau = TemporalForm.Hyperbolic.ToNatural(free.Law.Coefficients[1].AsSpan())[2];

        var fixedTau = new TemporalFitter(0.5, constraints: ParameterConstraints.None.Fix("a1.tau", 2 * tau)).Fit(run);
        var bounded = new TemporalFitter(0.5, TrueForms, constraints: ParameterConstraints.None.Bound("a1.tau", 2 * tau, 10 * tau)).Fit(run);

        Assert.Equal(TemporalForm.Hyperbolic, fixedTau.Law.Forms[1]);
        Assert.All(fixedTau.Combinations, c => Assert.Equal(TemporalForm.Hyperbolic, c.Forms[1]));
        Assert.Equal(2 * tau, TemporalForm.Hyperbolic.ToNatural(fixedTau.Law.Coefficients[1].AsSpan())[2], 1e-12 * tau);
        Assert.Equal(FitStatus.AtBound, bounded.Status);
        Assert.Equal(2 * tau, TemporalForm.Hyperbolic.ToNatural(bounded.Law.Coefficients[1].AsSpan())[2], 1e-6 * tau);
        Assert.Contains(bounded.Diagnostics, d => d is ParameterAtBound { Parameter: "a1.tau", Side: BoundHit.Lower });
        Assert.True(bounded.Objective > free.Objective);
    }

    [Fact]
    public void A_temporal_tie_holds_and_unknown_or_incompatible_names_are_refused()
    {
        var run = PositionLossGenerator.Generate(new SyntheticRunSettings { Positions = 128, Seed = 1 }).Losses;

        var tied = new TemporalFitter(0.5, TrueForms, constraints: ParameterConstraints.None.Tie("a0.c1", "a2.c1")).Fit(run);
        var unknown = Assert.Throws<ScalingLawsException>(() => new TemporalFitter(0.5, constraints: ParameterConstraints.None.Fix("zeta", 1)).Fit(run));
        var apart = Assert.Throws<ScalingLawsException>(() =>
            new TemporalFitter(0.5, constraints: ParameterConstraints.None.Fix("a1.tau", 1).Fix("a1.c2", 1)).Fit(run));

        Assert.Equal(tied.Law.Coefficients[0][1], tied.Law.Coefficients[2][1]);
        Assert.Contains("unknown parameter 'zeta' for the temporal law; its parameters are a0.c0, a0.c1,", unknown.Message);
        Assert.Contains("which no one choice of forms has together", apart.Message);
    }
}
