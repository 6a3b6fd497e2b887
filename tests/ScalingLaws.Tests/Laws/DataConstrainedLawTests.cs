using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Laws;

/// <summary>
/// The data-constrained law (Muennighoff et al. 2023) with its published constants against the authors' worked
/// values (shared/data/README.md), its analytic Jacobian against finite differences in every regime, and the
/// datablations table's unique tokens.
/// </summary>
public sealed class DataConstrainedLawTests
{
    private static readonly DataConstrainedLaw Law = DataConstrainedLaw.Instance;
    private static readonly double[] Published = [.. PublishedConstants.DataConstrained];

    [Theory]
    [InlineData(6.34e9, 242e9, 25e9, 2.2256440889984477)]
    [InlineData(8.67e9, 178e9, 25e9, 2.2269634075087867)]
    public void Published_constants_reproduce_the_authors_worked_values(double n, double d, double u, double expected)
    {
        Assert.Equal(expected, Law.Predict(Published, n, d, u), 1e-9);
    }

    [Fact]
    public void With_the_data_unrepeated_and_a_small_model_it_is_chinchilla()
    {
        // D ≤ U: no repetition; N = 1e9 is below the Chinchilla-optimal size for 30B tokens (~6.8e9 here), so N' = N.
        var chinchilla = ChinchillaLaw.Instance.Predict(Published.AsSpan(0, 5), 1e9, 30e9);

        Assert.Equal(chinchilla, Law.Predict(Published, 1e9, 30e9, 100e9), 1e-12);
        Assert.Equal(chinchilla, Law.Predict(Published, 1e9, 30e9, 30e9), 1e-12);
    }

    [Fact]
    public void Repeating_data_is_worth_less_than_fresh_data_and_more_than_none()
    {
        var fresh = Law.Predict(Published, 1e9, 100e9, 1e12);
        var repeated = Law.Predict(Published, 1e9, 100e9, 10e9);
        var once = Law.Predict(Published, 1e9, 10e9, 10e9);

        Assert.True(fresh < repeated && repeated < once, $"fresh {fresh}, ten epochs {repeated}, one epoch {once}");
    }

    /// <summary>Rows in each regime: D below U, D above U; N below and above the size U supports.</summary>
    [Theory]
    [InlineData(1e9, 5e9, 25e9)]
    [InlineData(1e9, 242e9, 25e9)]
    [InlineData(6.34e9, 242e9, 25e9)]
    [InlineData(8e10, 2e10, 1e12)]
    public void Jacobian_matches_finite_differences(double n, double d, double u)
    {
        const double step = 1e-6;
        var theta = Law.ToInternal(Published);
        var k = Law.ParameterCount;
        double[] first = [Math.Log(n)], second = [Math.Log(d)], third = [Math.Log(u)];
        var jacobian = new double[k];
        var value = new double[1];
        Law.LogPredict(theta, new LogInputs(first, second, third), value, jacobian);

        for (var j = 0; j < k; j++)
        {
            double Shifted(double h)
            {
                var shifted = (double[])theta.Clone();
                shifted[j] += h;
                var result = new double[1];
                Law.LogPredict(shifted, new LogInputs(first, second, third), result, new double[k]);
                return result[0];
            }
            var numeric = (Shifted(step) - Shifted(-step)) / (2 * step);
            Assert.True(Math.Abs(jacobian[j] - numeric) <= 1e-6 * (1 + Math.Abs(jacobian[j])),
                $"d ln L / d {Law.Parameters[j].Name} at N={n:G3}, D={d:G3}, U={u:G3}: analytic {jacobian[j]}, finite differences {numeric}");
        }
    }

    [Fact]
    public void Datablations_rows_carry_tokens_per_epoch_as_unique_tokens()
    {
        var table = SharedDatasets.Load("datablations");

        // 44 epochs of the 2.8B model's 55B tokens: 1.25B unique tokens (the file's first row).
        Assert.Equal(1.25e9, table[0].UniqueTokens);
        // Every run has one unique-token count, and its last checkpoint has seen it as many times as its family's
        // epoch count says (to 1%: the last checkpoint falls just short of the budget).
        foreach (var run in table.Rows.GroupBy(r => r.Model))
        {
            var unique = Assert.Single(run.Select(r => r.UniqueTokens).Distinct());
            var epochs = int.Parse(run.First().Family!.Split('-')[^1]);
            Assert.Equal(epochs, run.Max(r => r.Tokens) / unique, epochs * 0.01);
        }
    }
}
