using System.Collections.Immutable;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Fitting;

/// <summary>The map between a law's full parameter vector θ and the free vector z the optimiser sees.</summary>
public sealed class ParameterLayoutTests
{
    private static readonly ChinchillaLaw Law = ChinchillaLaw.Instance;

    [Fact]
    public void Unconstrained_layout_is_the_identity()
    {
        var layout = ParameterLayout.Create(Law.Parameters, ParameterConstraints.None);

        Assert.Equal(5, layout.FreeCount);
        Assert.Equal([0, 1, 2, 3, 4], layout.SlotOwners.ToArray());
        Assert.All(layout.Roles, r => Assert.Equal(ParameterRole.Free, r));
        var theta = new double[5];
        layout.Expand([1, 2, 3, 4, 5], theta);
        Assert.Equal([1, 2, 3, 4, 5], theta);
        Assert.Equal([1, 2, 3, 4, 5], layout.Compress(theta));
    }

    [Fact]
    public void Fixed_and_tied_parameters_expand_collapse_and_compress()
    {
        // E fixed at 1.7 (θ = ln 1.7), alpha follows beta: z = (ln A, ln B, β).
        var layout = ParameterLayout.Create(Law.Parameters, ParameterConstraints.None.Fix("E", 1.7).Tie("alpha", "beta"));

        Assert.Equal([ParameterRole.Fixed, ParameterRole.Free, ParameterRole.Free, ParameterRole.Tied, ParameterRole.Free], layout.Roles.ToArray());
        Assert.Equal(3, layout.FreeCount);
        Assert.Equal([ChinchillaLaw.A, ChinchillaLaw.B, ChinchillaLaw.Beta], layout.SlotOwners.ToArray());

        var theta = new double[5];
        layout.Expand([6.0, 7.0, 0.3], theta);
        Assert.Equal([Math.Log(1.7), 6.0, 7.0, 0.3, 0.3], theta);

        // ∂f/∂z: a fixed parameter's gradient is dropped, a tied one's adds into its target's slot.
        var zGradient = new double[3];
        layout.Collapse([6.0, 7.0, 0.3], [10, 20, 30, 40, 50], zGradient);
        Assert.Equal([20, 30, 90], zGradient);

        Assert.Equal([6.0, 7.0, 0.3], layout.Compress(theta));
        Assert.Equal(Law.Parameters[ChinchillaLaw.Beta].StartGrid.ToArray(), layout.GridOf(2).ToArray());
    }

    [Fact]
    public void Tie_to_a_fixed_parameter_takes_its_value()
    {
        var layout = ParameterLayout.Create(Law.Parameters, ParameterConstraints.None.Fix("beta", 0.3).Tie("alpha", "beta"));

        Assert.Equal(3, layout.FreeCount);
        var theta = new double[5];
        layout.Expand([0.5, 6.0, 7.0], theta);
        Assert.Equal([0.5, 6.0, 7.0, 0.3, 0.3], theta);
        var zGradient = new double[3];
        layout.Collapse([0.5, 6.0, 7.0], [1, 2, 3, 4, 5], zGradient);
        Assert.Equal([1, 2, 3], zGradient);
    }

    [Fact]
    public void Collapse_is_the_transpose_of_expand()
    {
        // For any constraint set, ⟨Collapse(g), z⟩ = ⟨g, Expand(z) − Expand(0)⟩: the chain rule through
        // the linear map θ(z). This is what makes the objective's z-gradient correct.
        var layout = ParameterLayout.Create(Law.Parameters, ParameterConstraints.None.Fix("A", 300).Tie("alpha", "beta").Tie("E", "B"));
        double[] z = [0.7, -1.3];
        double[] g = [1.5, -2, 0.25, 3, -0.5];
        var theta = new double[5];
        var theta0 = new double[5];
        layout.Expand(z, theta);
        layout.Expand(new double[layout.FreeCount], theta0);
        var zGradient = new double[layout.FreeCount];
        layout.Collapse(z, g, zGradient);

        var left = zGradient.Zip(z, (a, b) => a * b).Sum();
        var right = g.Select((v, j) => v * (theta[j] - theta0[j])).Sum();
        Assert.Equal(right, left, 1e-14);
    }

    [Theory]
    [InlineData("A", "B")]
    [InlineData("B", "A")] // the target first: "B follows E" is laid out first, and "A follows B" then finds B already tied
    public void Tie_to_a_tied_parameter_is_an_error_in_either_order(string first, string second)
    {
        // Ties is a dictionary; this comparer sets the order in which its ties are laid out.
        var ties = ImmutableDictionary.Create<string, string>(new OrderedKeys(first, second)).Add("A", "B").Add("B", "E");
        Assert.Equal([first, second], ties.Keys);

        var error = Assert.Throws<ScalingLawsException>(() => ParameterLayout.Create(Law.Parameters, new ParameterConstraints { Ties = ties }));

        Assert.Contains("is itself tied", error.Message);
    }

    /// <summary>Equality by value, hash by position in a given order, so enumeration order is under the test's control.</summary>
    private sealed class OrderedKeys(params string[] order) : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string value) => Array.IndexOf(order, value) + 1;
    }
}
