using ScalingLaws.Training.Corpus;

namespace ScalingLaws.Tests.Training;

/// <summary>The synthetic language's exact entropy rate against what its samples show.</summary>
public sealed class SyntheticLanguageTests
{
    [Fact]
    public void Bayes_loss_at_long_context_approaches_the_entropy_rate()
    {
        // Once the topic is known, the Bayes loss per token is the topic chain's conditional entropy: averaged
        // over late positions of many sequences it must match the analytic rate within its sampling error.
        var language = new SyntheticLanguage(seed: 3);
        const int sequences = 2000, length = 257;
        var tokens = new int[sequences * length];
        language.HeldOut(sequences, length, tokens);
        var bayes = language.BayesLosses(tokens, sequences, length);
        var late = bayes[128..].Average();
        Assert.InRange(late, language.EntropyRate - 0.02, language.EntropyRate + 0.02);
        // Early positions are worse: the topic is still uncertain.
        Assert.True(bayes[0] > language.EntropyRate + 0.5, $"position 1: {bayes[0]:F3}, entropy rate {language.EntropyRate:F3}");
    }

    [Fact]
    public void Batches_are_a_function_of_their_number()
    {
        var language = new SyntheticLanguage(seed: 1);
        int[] first = new int[4 * 17], again = new int[4 * 17], other = new int[4 * 17];
        language.TrainingBatch(5, 4, 17, first);
        language.TrainingBatch(5, 4, 17, again);
        language.TrainingBatch(6, 4, 17, other);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }
}
