using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Data;

/// <summary><see cref="SwappedSizes"/>: a table with params and tokens exchanged is found; real sweeps are not.</summary>
public sealed class SwappedSizesTests
{
    private static readonly ObservationTable Sweep = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01, seed: 3, sizes: 5, tokenCounts: 5);

    [Fact]
    public void Params_and_tokens_exchanged_are_found_with_the_most_tokens_per_parameter()
    {
        // Sizes 1e7..3e9 and tokens 1e8..1e11: exchanged, only the rows with D > N of the sweep qualify, so keep those.
        var exchanged = new ObservationTable(Sweep.Rows.Where(r => r.Tokens > r.Params).Select(r => r with { Params = r.Tokens, Tokens = r.Params }));

        var found = SwappedSizes.Find(exchanged);

        Assert.Equal(exchanged.Count, found!.Rows);
        Assert.True(found.TokensPerParam < 1, $"{found.TokensPerParam}");
        Assert.Equal(exchanged.Rows.Max(r => r.Tokens / r.Params), found.TokensPerParam, 12);
    }

    [Fact]
    public void One_row_with_more_tokens_than_params_clears_the_table()
    {
        var rows = new ObservationTable([new Observation(2e9, 1e8, 1.2e18, 3.5), new Observation(8e9, 1e8, 4.8e18, 3.3), new Observation(1e8, 2e9, 1.2e18, 3.6)]);

        Assert.Null(SwappedSizes.Find(rows));
        Assert.NotNull(SwappedSizes.Find(new ObservationTable(rows.Rows.Take(2).Append(new Observation(4e9, 1e8, 2.4e18, 3.4)))));
    }

    [Theory]
    [MemberData(nameof(SharedDatasets.Names), MemberType = typeof(SharedDatasets))]
    public void No_real_sweep_is_taken_for_one_swapped(string dataset)
    {
        Assert.Null(SwappedSizes.Find(SharedDatasets.Load(dataset)));
    }
}
