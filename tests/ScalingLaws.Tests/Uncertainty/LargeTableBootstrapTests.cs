using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Tests.Uncertainty;

/// <summary>
/// The bootstrap on a table past the objective's chunked threshold (16,384 rows): the resamples own the cores and each
/// refit's objective runs its chunks on one thread, so the samples are the same to the bit on any number of threads.
/// </summary>
public sealed class LargeTableBootstrapTests
{
    [Theory]
    [InlineData("chinchilla")]
    [InlineData("kaplan")]
    public void A_bootstrap_on_a_large_table_gives_the_same_samples_on_one_two_or_three_threads(string name)
    {
        var law = LawCatalog.Create(name);
        var table = Synthetic.Scattered(Synthetic.Chinchilla, 20_001, 0.005, seed: 5);
        var fit = new LawFitter(law, FitOptions.Default).Fit(table);
        BootstrapResult Run(int threads) =>
            new Bootstrap(4, seed: 11).Run(new LawFitter(law, FitOptions.Default with { MaxDegreeOfParallelism = threads }), table, fit);

        var one = Run(1);
        foreach (var threads in new[] { 2, 3 })
        {
            var other = Run(threads);
            Assert.Equal(one.Samples.Length, other.Samples.Length);
            for (var i = 0; i < one.Samples.Length; i++)
                Assert.Equal(one.Samples[i].ToArray(), other.Samples[i].ToArray()); // bit for bit
        }
        Assert.True(one.Samples.Length >= 3, $"{one.Samples.Length} of 4 resamples converged");
    }
}
