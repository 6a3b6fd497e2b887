using ScalingLaws.Planning.Hyperparameters;

namespace ScalingLaws.Tests.Planning;

/// <summary>
/// <see cref="HyperparameterOptimum.IsImpossibleFor"/>: a law read far outside its runs prescribes what no run could train
/// with; read at a real run it does not.
/// </summary>
public sealed class HyperparameterOptimumTests
{
    [Theory]
    [InlineData(7e9, 1.4e12, false)]  // LLaMA-like: lr 9.2e-4, batch 5M tokens
    [InlineData(1, 1, true)]          // lr 1.79, batch 0.58 tokens
    [InlineData(7e9, 1e308, true)]    // lr 6e87
    [InlineData(1e3, 1e3, false)]     // a toy run, but a trainable one: lr 0.11, batch 30 tokens
    public void Step_law_at_a_real_run_is_possible_and_far_outside_it_is_not(double n, double d, bool impossible)
    {
        var optimum = StepLaw.Instance.At(n, d, 6 * n * d);

        Assert.Equal(impossible, optimum.IsImpossibleFor(d));
    }

    [Fact]
    public void A_batch_beyond_the_run_s_own_tokens_is_impossible_and_unknown_tokens_are_no_evidence()
    {
        var optimum = DeepSeekHyperparameters.Instance.At(double.NaN, double.NaN, 1e10); // lr 0.0175, batch 545 tokens

        Assert.InRange(optimum.BatchTokens, 540, 550);
        Assert.True(optimum.IsImpossibleFor(100));
        Assert.False(optimum.IsImpossibleFor(1e6));
        Assert.False(optimum.IsImpossibleFor(double.NaN));
    }
}
