using ScalingLaws.Planning;

namespace ScalingLaws.Tests.Planning;

public sealed class KaplanAllocationTests
{
    [Fact]
    public void One_petaflop_day_gives_the_coefficient()
    {
        Near.Relative(1.3e9, KaplanAllocation.Params(1e15 * 86_400), 1e-12, "N_opt(1 PF-day)");
    }

    [Fact]
    public void At_the_Chinchilla_budget()
    {
        // 5.76e23 FLOPs = 6,666.7 PF-days; 1.3e9 · 6666.7^0.73 = 8.04e11 non-embedding parameters.
        var allocation = KaplanAllocation.ForFlops(5.76e23);

        Near.Relative(1.3e9 * Math.Pow(5.76e23 / 8.64e19, 0.73), allocation.Params, 1e-12, "N_opt");
        Near.Relative(8.04e11, allocation.Params, 2e-3, "N_opt by hand");
        Near.Relative(5.76e23 / (6 * allocation.Params), allocation.Tokens, 1e-12, "D = C/(6N)");
        Assert.True(double.IsNaN(allocation.Loss));
    }
}
