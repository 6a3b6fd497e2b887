using ScalingLaws.Data;
using ScalingLaws.Laws;
using ScalingLaws.Simulation;

namespace ScalingLaws.Tests.Data;

/// <summary><see cref="DivergentRepeats"/>: runs of one N and D (to 0.5%) far apart in loss are named; seeds, and families kept apart, are not.</summary>
public sealed class DivergentRepeatsTests
{
    private static readonly (double N, double D)[] Grid =
        [.. from n in new[] { 2e7, 5e7, 1.2e8, 3e8, 7e8 } from t in new[] { 10.0, 20, 40 } select (n, n * t)];

    // The test truth with E moved: a second setup whose losses sit a constant higher (another tokenizer, another data mix).
    private static IEnumerable<Observation> Runs(string name, double e, double sigma, int seed, string? family = null)
    {
        var random = new Random(seed);
        double[] truth = [e, 400, 1500, 0.33, 0.3];
        return Grid.Select((g, i) => new Observation(g.N, g.D, 6 * g.N * g.D,
            ChinchillaLaw.Instance.Predict(truth, g.N, g.D) * Math.Exp(sigma * StandardNormal.Draw(random)), $"{name}-{i}", family, SourceRow: i + 1));
    }

    [Fact]
    public void Two_setups_pooled_without_a_column_to_tell_them_apart_are_named()
    {
        var table = new ObservationTable([.. Runs("a", 1.8, 0.005, 1), .. Runs("b", 2.4, 0.005, 2)], "pooled");

        var found = DivergentRepeats.Find(table)!;

        Assert.Equal((15, 15), (found.Divergent, found.Repeated));
        Assert.Equal(found.Lowest.Params, found.Highest.Params);
        Assert.Equal(found.Lowest.Tokens, found.Highest.Tokens);
        Assert.InRange(found.LargestSpread, 0.1, 0.3); // 0.6 nats on losses of 2.4–4.6
    }

    [Fact]
    public void Runs_whose_tokens_differ_in_the_last_digits_are_one_point_and_a_percent_apart_are_two()
    {
        // Steps × batch rounded: the second setup's runs have 0.01% more tokens (and 0.3% more parameters) than the first's.
        var near = Runs("b", 2.4, 0.005, 2).Select(r => r with { Params = r.Params * 1.003, Tokens = r.Tokens * 1.0001 });
        var apart = Runs("b", 2.4, 0.005, 2).Select(r => r with { Tokens = r.Tokens * 1.01 });

        var found = DivergentRepeats.Find(new ObservationTable([.. Runs("a", 1.8, 0.005, 1), .. near], "near"))!;

        Assert.Equal((15, 15), (found.Divergent, found.Repeated));
        Assert.Equal(found.Lowest.Tokens * 1.0001, found.Highest.Tokens, 1e-6 * found.Lowest.Tokens);
        Assert.Null(DivergentRepeats.Find(new ObservationTable([.. Runs("a", 1.8, 0.005, 1), .. apart], "apart")));
    }

    [Fact]
    public void Seeds_of_one_setup_and_families_kept_apart_are_not()
    {
        var seeds = new ObservationTable([.. Runs("s1", 1.8, 0.01, 1), .. Runs("s2", 1.8, 0.01, 2), .. Runs("s3", 1.8, 0.01, 3)], "seeds");
        var families = new ObservationTable([.. Runs("a", 1.8, 0.005, 1, "A"), .. Runs("b", 2.4, 0.005, 2, "B")], "families");

        Assert.Null(DivergentRepeats.Find(seeds));
        Assert.Null(DivergentRepeats.Find(families));
    }

    [Fact]
    public void One_point_far_apart_among_agreeing_repeats_is_not()
    {
        var rows = Runs("s1", 1.8, 0.005, 1).Concat(Runs("s2", 1.8, 0.005, 2).Select((r, i) => i == 0 ? r with { Loss = r.Loss * 1.3 } : r)).ToList();

        Assert.Null(DivergentRepeats.Find(new ObservationTable(rows, "one off")));
    }
}
