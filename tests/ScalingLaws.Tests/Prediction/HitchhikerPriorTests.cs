using ScalingLaws.IO.Datasets;
using ScalingLaws.Prediction;

namespace ScalingLaws.Tests.Prediction;

/// <summary>The stored prior (in units of each fit's residual scale) is what the backtest code measures on the Hitchhiker families of ../shared/data.</summary>
public sealed class HitchhikerPriorTests(ITestOutputHelper output)
{
    [Fact]
    public void Stored_constants_match_a_fresh_derivation()
    {
        var measured = HitchhikerPrior.Measure(HitchhikerPriorData.Load(TestData.SharedData));
        output.WriteLine($"sigma0 {measured.Sigma0:R} slope {measured.Slope:R} multiplier {measured.Multiplier:R} cuts {measured.CutPoints} runs {measured.Runs:R}");

        var stored = HitchhikerPrior.Relative;
        Near.Relative(measured.Sigma0, stored.Sigma0, 0.02, "sigma0");
        Near.Relative(measured.Slope, stored.Slope, 0.02, "slope");
        Near.Relative(measured.Multiplier, stored.Multiplier, 0.02, "multiplier");
        Assert.Equal(measured.CutPoints, stored.CutPoints);
        Near.Relative(measured.Runs, stored.Runs, 1e-9, "runs");
    }
}
