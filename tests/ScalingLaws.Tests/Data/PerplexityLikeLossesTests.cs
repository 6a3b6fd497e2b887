using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Data;

/// <summary><see cref="PerplexityLikeLosses"/>: losses above ln 256,000 nats are called perplexities; real losses are not.</summary>
public sealed class PerplexityLikeLossesTests
{
    private static readonly ObservationTable Sweep = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01, seed: 3, sizes: 5, tokenCounts: 5);

    [Fact]
    public void The_ceiling_is_the_uniform_guess_over_a_256k_vocabulary_rounded_up()
    {
        Assert.InRange(PerplexityLikeLosses.Ceiling - Math.Log(256_000), 0, 0.1);
    }

    [Fact]
    public void A_spike_among_real_losses_is_few_and_a_perplexity_column_is_not()
    {
        var spiked = new ObservationTable(Sweep.Rows.Select((r, i) => i == 7 ? r with { Loss = 1e6 } : r));
        var perplexities = new ObservationTable(Sweep.Rows.Select(r => r with { Loss = Math.Exp(r.Loss) }));

        var spike = PerplexityLikeLosses.Find(spiked)!;

        Assert.Equal((1, 25, 1e6), (spike.Count, spike.Rows, spike.Extreme.Loss));
        Assert.True(spike.AreFew);
        Assert.False(PerplexityLikeLosses.Find(perplexities)!.AreFew); // most of 25 rows are above exp(2.53)
        Assert.True(LossesOutOfScale.AreFewOf(6, 24));  // one in four is still few
        Assert.False(LossesOutOfScale.AreFewOf(7, 24));
        Assert.False(LossesOutOfScale.AreFewOf(0, 24)); // none is not "a few"
    }

    [Fact]
    public void Perplexities_given_as_losses_are_found_with_the_largest()
    {
        var perplexities = new ObservationTable(Sweep.Rows.Select(r => r with { Loss = Math.Exp(r.Loss) }));

        var found = PerplexityLikeLosses.Find(perplexities);

        // exp(L) is above 12.5 exactly where L is above ln 12.5 = 2.53 nats.
        Assert.Equal(Sweep.Rows.Count(r => r.Loss > Math.Log(12.5)), found!.Count);
        Assert.Equal(25, found.Rows);
        Assert.Equal(Math.Exp(Sweep.Rows.Max(r => r.Loss)), found.Extreme.Loss, 1e-9);
    }

    [Fact]
    public void One_loss_of_a_million_is_found()
    {
        var rows = Sweep.Rows.Select((r, i) => i == 3 ? r with { Loss = 1e6 } : r);

        var found = PerplexityLikeLosses.Find(new ObservationTable(rows));

        Assert.Equal((1, 1e6, 4), (found!.Count, found.Extreme.Loss, found.Extreme.SourceRow));
    }

    [Fact]
    public void Losses_in_nats_and_the_chinchilla_extraction_are_not_perplexities()
    {
        Assert.Null(PerplexityLikeLosses.Find(Sweep));
        Assert.Null(PerplexityLikeLosses.Find(ScalingLaws.IO.TableReader.Read(ChinchillaEpoch.Path)));
    }
}
