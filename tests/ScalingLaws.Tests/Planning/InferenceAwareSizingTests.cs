using System.Collections.Immutable;
using ScalingLaws.Planning;

namespace ScalingLaws.Tests.Planning;

/// <summary>Sardana et al. 2023's inference-aware sizing.</summary>
public sealed class InferenceAwareSizingTests
{
    /// <summary>The law Sardana et al. use: Hoffmann's fit with α = 0.336, β = 0.283.</summary>
    private static readonly ComputeOptimal Sardana = new([1.69, 406.4, 410.7, 0.336, 0.283]);

    [Fact]
    public void The_Chinchilla_13B_model_serving_2T_tokens()
    {
        var chinchilla13B = Sardana.ForParams(13e9);
        Assert.Equal(2.0453, chinchilla13B.Loss, 1e-4);

        var result = InferenceAwareSizing.Solve(Sardana, chinchilla13B.Loss, 2e12);

        Near.Relative(6.97e9, result.Params, 2e-3, "N*");
        Near.Relative(1.25e12, result.Tokens, 3e-3, "D");
        Assert.InRange(result.SavedFraction, 0.172, 0.176);
        Near.Relative(13e9, result.ChinchillaParams, 1e-9, "the Chinchilla model of that loss");
        Near.Relative(chinchilla13B.Loss, Sardana.Loss(result.Params, result.Tokens), 1e-9, "same loss");
    }

    [Fact]
    public void With_nothing_served_it_is_the_Chinchilla_model()
    {
        var result = InferenceAwareSizing.Solve(Sardana, 2.1, 0);

        Near.Relative(result.ChinchillaParams, result.Params, 1e-4, "N");
        Assert.InRange(result.SavedFraction, -1e-8, 1e-8);
    }

    [Fact]
    public void More_inference_means_a_smaller_model_trained_longer()
    {
        var some = InferenceAwareSizing.Solve(Sardana, 2.1, 1e12);
        var more = InferenceAwareSizing.Solve(Sardana, 2.1, 1e13);

        Assert.True(more.Params < some.Params);
        Assert.True(more.Tokens > some.Tokens);
        Assert.True(more.SavedFraction > some.SavedFraction);
    }

    [Fact]
    public void Negative_inference_tokens_are_an_error()
    {
        Assert.Throws<ScalingLawsException>(() => InferenceAwareSizing.Solve(Sardana, 2.1, -1));
    }

    /// <summary>
    /// Intervals from resampled laws: three laws around Sardana's (α ± 0.01) plus one whose E is above the target loss,
    /// which cannot reach it and is left out. The interval brackets every reachable law's answer.
    /// </summary>
    [Fact]
    public void Resampled_laws_give_intervals_and_leave_out_those_that_cannot_reach_the_loss()
    {
        double[][] samples = [[1.69, 406.4, 410.7, 0.326, 0.283], [1.69, 406.4, 410.7, 0.336, 0.283], [1.69, 406.4, 410.7, 0.346, 0.283], [2.2, 406.4, 410.7, 0.336, 0.283]];
        var bootstrap = new ScalingLaws.Uncertainty.BootstrapResult(ScalingLaws.Laws.ChinchillaLaw.Instance, samples.Length, 1, [.. samples.Select(v => v.ToImmutableArray())]);

        var spread = InferenceAwareSizing.SolveEach(new AllocationUncertainty(bootstrap), 2.1, 2e12);

        Assert.Equal(3, spread.Resamples);
        var each = samples.Take(3).Select(v => InferenceAwareSizing.Solve(new ComputeOptimal(v), 2.1, 2e12)).ToList();
        Assert.Equal(each.Min(r => r.Params), spread.Params.Lower, each.Min(r => r.Params) * 0.05);
        Assert.InRange(spread.Params.Upper, each.Max(r => r.Params) * 0.95, each.Max(r => r.Params) * 1.0000001);
        Assert.True(spread.Params.Lower < each[1].Params && each[1].Params < spread.Params.Upper);
        Assert.True(spread.SavedFraction.Lower <= each[1].SavedFraction && each[1].SavedFraction <= spread.SavedFraction.Upper);
    }
}
