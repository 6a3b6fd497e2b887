using ScalingLaws.Laws;
using ScalingLaws.Planning;

namespace ScalingLaws.Tests.Planning;

/// <summary>The closed-form allocation at published parameter values, and its inverses.</summary>
public sealed class ComputeOptimalTests
{
    /// <summary>Hoffmann et al. 2022, Approach 3, rounded: E, A, B, α, β.</summary>
    private static readonly ComputeOptimal Hoffmann = new([1.69, 406.4, 410.7, 0.34, 0.28]);

    /// <summary>Besiroglu et al. 2024 (Epoch's replication), their fitted values.</summary>
    private static readonly ComputeOptimal Epoch = new([1.82, 482.01, 2085.43, 0.3478, 0.3658]);

    [Fact]
    public void Hoffmann_exponents_and_constant()
    {
        // a = 0.28/0.62; G = (0.34·406.4 / (0.28·410.7))^(1/0.62) = 1.20157^1.6129.
        Near.Relative(0.4516, Hoffmann.ParamsExponent, 1e-3, "a");
        Near.Relative(0.5484, Hoffmann.TokensExponent, 1e-3, "b");
        Near.Relative(1.3447, Hoffmann.G, 1e-3, "G");
    }

    [Theory]
    [InlineData(5.76e23, 3.219e10, 2.982e12)]
    [InlineData(1e21, 1.824e9, 9.136e10)]
    public void Hoffmann_allocation_at_a_budget(double flops, double parameters, double tokens)
    {
        var optimal = Hoffmann.ForFlops(flops);

        Near.Relative(parameters, optimal.Params, 1e-3, "N*");
        Near.Relative(tokens, optimal.Tokens, 1e-3, "D*");
        Near.Relative(flops, 6 * optimal.Params * optimal.Tokens, 1e-12, "C = 6ND");
    }

    [Fact]
    public void Hoffmann_loss_at_the_Chinchilla_budget() => Near.Relative(1.9307, Hoffmann.ForFlops(5.76e23).Loss, 1e-3, "L*");

    [Fact]
    public void Epoch_at_the_Chinchilla_budget()
    {
        var optimal = Epoch.ForFlops(5.76e23);

        Near.Relative(7.225e10, optimal.Params, 1e-3, "N*");
        Near.Relative(18.39, optimal.TokensPerParam, 1e-3, "D*/N*");
    }

    [Theory]
    [InlineData(1e18)]
    [InlineData(1e21)]
    [InlineData(5.76e23)]
    [InlineData(1e26)]
    public void ForLoss_of_the_optimal_loss_gives_back_the_budget(double flops)
    {
        var optimal = Hoffmann.ForFlops(flops);

        var back = Hoffmann.ForLoss(optimal.Loss);

        Near.Relative(flops, back.Flops, 1e-9, "C");
        Near.Relative(optimal.Params, back.Params, 1e-9, "N*");
    }

    [Theory]
    [InlineData(1e18)]
    [InlineData(5.76e23)]
    [InlineData(1e26)]
    public void ForParams_of_the_optimal_size_gives_back_the_budget(double flops)
    {
        var back = Hoffmann.ForParams(Hoffmann.ForFlops(flops).Params);

        Near.Relative(flops, back.Flops, 1e-9, "C");
    }

    [Fact]
    public void The_optimum_is_the_minimum_of_its_IsoFLOP_slice()
    {
        var optimal = Hoffmann.ForFlops(5.76e23);

        Assert.True(Hoffmann.IsoFlopLoss(optimal.Params * 1.1, 5.76e23) > optimal.Loss);
        Assert.True(Hoffmann.IsoFlopLoss(optimal.Params / 1.1, 5.76e23) > optimal.Loss);
        Near.Relative(optimal.Loss, Hoffmann.IsoFlopLoss(optimal.Params, 5.76e23), 1e-12, "loss on the slice");
    }

    [Theory]
    [InlineData(2e9)]
    [InlineData(70e9)]
    [InlineData(1e12)]
    public void IsoLossTokens_lands_on_the_contour(double parameters)
    {
        const double loss = 2.0; // reachable from N_min = 1.4e9 up

        var tokens = Hoffmann.IsoLossTokens(parameters, loss);

        Near.Relative(loss, Hoffmann.Loss(parameters, tokens), 1e-12, "L(N, D(N))");
    }

    [Fact]
    public void MinimumParamsFor_is_where_the_contour_starts()
    {
        const double loss = 2.0;
        var minimum = Hoffmann.MinimumParamsFor(loss);

        // At N_min the parameter term alone uses up L − E: (406.4/0.31)^(1/0.34).
        Near.Relative(Math.Pow(406.4 / 0.31, 1 / 0.34), minimum, 1e-12, "N_min");
        Assert.True(double.IsNaN(Hoffmann.IsoLossTokens(minimum * 0.999, loss)));
        Assert.True(Hoffmann.IsoLossTokens(minimum * 1.001, loss) > 1e18, "just above N_min the tokens diverge");
        Assert.Equal(double.PositiveInfinity, Hoffmann.MinimumParamsFor(1.69));
    }

    [Theory]
    [InlineData(1.69)]
    [InlineData(1.5)]
    public void A_target_at_or_below_E_is_unreachable(double loss)
    {
        var error = Assert.Throws<ScalingLawsException>(() => Hoffmann.ForLoss(loss));

        Assert.Contains("irreducible loss E = 1.69", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1e21)]
    [InlineData(double.NaN)]
    public void Budgets_and_sizes_must_be_positive(double value)
    {
        Assert.Contains("compute budget", Assert.Throws<ScalingLawsException>(() => Hoffmann.ForFlops(value)).Message);
        Assert.Contains("model size", Assert.Throws<ScalingLawsException>(() => Hoffmann.ForParams(value)).Message);
    }

    [Fact]
    public void Non_positive_exponents_have_no_allocation()
    {
        Assert.Throws<ScalingLawsException>(() => new ComputeOptimal([1.69, 406.4, 410.7, 0, 0.28]));
    }

    [Fact]
    public void Named_values_give_the_allocation_of_the_same_values_in_the_law_order()
    {
        var named = new ComputeOptimal(new ChinchillaParameters(E: 1.69, A: 406.4, B: 410.7, Alpha: 0.34, Beta: 0.28));
        var listed = new ComputeOptimal([1.69, 406.4, 410.7, 0.34, 0.28]);
        Assert.Equal((listed.E, listed.A, listed.B, listed.Alpha, listed.Beta), (named.E, named.A, named.B, named.Alpha, named.Beta));
        Assert.Equal(listed.ForFlops(5.88e23), named.ForFlops(5.88e23));
        Assert.Equal([1.69, 406.4, 410.7, 0.34, 0.28], ChinchillaParameters.Hoffmann.ToValues());
        Assert.Equal(new ChinchillaParameters(1.69, 406.4, 410.7, 0.34, 0.28), ChinchillaParameters.Of(PublishedConstants.Chinchilla));
    }
}
