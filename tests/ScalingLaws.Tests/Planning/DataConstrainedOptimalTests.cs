using ScalingLaws.Laws;
using ScalingLaws.Planning;

namespace ScalingLaws.Tests.Planning;

/// <summary>
/// The compute-optimal allocation with limited unique data, against the worked allocation in shared/data/README.md
/// (a fine 1-D search with the published constants along the compute of the authors' second model).
/// </summary>
public sealed class DataConstrainedOptimalTests
{
    private static readonly DataConstrainedOptimal Optimal = new([.. PublishedConstants.DataConstrained]);

    [Fact]
    public void Twenty_five_billion_unique_tokens_at_the_compute_of_the_8_7B_model()
    {
        var allocation = Optimal.ForFlops(6 * 8.67e9 * 178e9, 25e9);

        Assert.Equal(6.803e9, allocation.Constrained.Params, 0.0015e9);
        Assert.Equal(2.269e11, allocation.Constrained.Tokens, 0.0015e11);
        Assert.Equal(9.07, allocation.Epochs, 0.01);
        Assert.Equal(2.225269, allocation.Constrained.Loss, 5e-7);
        Assert.Equal(8.87e9, allocation.Unlimited.Params, 0.005e9);
        Assert.Equal(2.192352, allocation.Unlimited.Loss, 5e-7);
        Assert.Equal(allocation.Constrained.Loss - allocation.Unlimited.Loss, allocation.LossCost, 1e-15);
    }

    [Fact]
    public void The_search_finds_a_minimum_along_the_budget()
    {
        var flops = 6 * 8.67e9 * 178e9;
        var best = Optimal.ForFlops(flops, 25e9).Constrained;

        foreach (var factor in new[] { 0.99, 1.01, 0.5, 2.0 })
        {
            var n = best.Params * factor;
            Assert.True(Optimal.Loss(n, flops / (6 * n), 25e9) > best.Loss, $"N = {n:G4} beats the optimum");
        }
    }

    [Fact]
    public void Enough_unique_data_gives_chinchillas_closed_form_at_no_cost()
    {
        var allocation = Optimal.ForFlops(1e20, 25e9);

        Assert.Equal(allocation.Unlimited, allocation.Constrained);
        Assert.Equal(0, allocation.LossCost);
        Assert.True(allocation.Epochs < 1);
    }

    [Fact]
    public void Less_unique_data_costs_more_loss()
    {
        var costs = new[] { 100e9, 25e9, 5e9 }.Select(u => Optimal.ForFlops(1e22, u).LossCost).ToArray();

        Assert.True(costs[0] < costs[1] && costs[1] < costs[2], string.Join(", ", costs));
    }
}
