using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Data;

/// <summary><see cref="RisingLosses"/>: a score that grows with scale, given as the loss, is found; real losses are not.</summary>
public sealed class RisingLossesTests
{
    private static readonly ObservationTable Sweep = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01, seed: 3, sizes: 5, tokenCounts: 5);

    [Fact]
    public void An_accuracy_under_a_loss_header_is_found_with_its_steepest_pair()
    {
        var accuracy = new ObservationTable(Sweep.Rows.Select(r => r with { Loss = 1 - r.Loss / 5 }));

        var found = RisingLosses.Find(accuracy);

        // A 5 × 5 grid has (5 + 4 + 3 + 2 + 1)² - 25 = 200 ordered pairs (each row against those at or beyond it in both
        // sizes, less itself); with 1% noise a few neighbouring pairs may fall, but the pairs across the grid rise.
        Assert.Equal(200, found!.Pairs);
        Assert.InRange(found.Rising, 0.9 * found.Pairs, found.Pairs);
        Assert.Equal((1e7, 1e8), (found.Smaller.Params, found.Smaller.Tokens));
        Assert.Equal((3e9, 1e11), (found.Larger.Params, found.Larger.Tokens));
    }

    [Fact]
    public void Losses_that_fall_with_scale_are_not_found()
    {
        Assert.Null(RisingLosses.Find(Sweep));
        Assert.Null(RisingLosses.Find(ScalingLaws.IO.TableReader.Read(ChinchillaEpoch.Path)));
    }

    [Theory]
    [MemberData(nameof(SharedDatasets.Names), MemberType = typeof(SharedDatasets))]
    public void No_real_sweep_of_losses_is_taken_for_a_score(string dataset)
    {
        Assert.Null(RisingLosses.Find(SharedDatasets.Load(dataset)));
    }

    [Fact]
    public void Fewer_than_four_ordered_pairs_say_nothing()
    {
        var rows = new ObservationTable([new Observation(1e8, 2e9, 1.2e18, 0.3), new Observation(2e8, 2e9, 2.4e18, 0.4), new Observation(4e8, 2e9, 4.8e18, 0.5)]);

        Assert.Null(RisingLosses.Find(rows)); // 3 pairs, all rising
    }
}
