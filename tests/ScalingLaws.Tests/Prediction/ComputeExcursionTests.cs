using ScalingLaws.Data;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;

namespace ScalingLaws.Tests.Prediction;

/// <summary>
/// Compute C = 6ND against the fitted rows' compute (<see cref="ExtrapolationDistance.Compute"/>): the rows of an IsoFLOP sweep
/// fill a band of the (N, D) plane, and the next budget's points lie inside both input ranges yet beyond every fitted compute.
/// The distance takes the larger of the summed input distances and the compute distance, so a step in N alone is not counted twice.
/// </summary>
public sealed class ComputeExcursionTests
{
    // Two budgets, C = 6e18 and 6e19: N on 1e8..1e9 (1 decade), D on 1e9..1e11 (2 decades), C on 6e18..6e19 (1 decade).
    private static readonly ObservationTable Band = new([
        new Observation(1e8, 1e10, double.NaN, 3.0), new Observation(1e9, 1e9, double.NaN, 3.2),
        new Observation(1e8, 1e11, double.NaN, 2.8), new Observation(1e9, 1e10, double.NaN, 2.9)]);

    [Fact]
    public void The_compute_range_is_six_N_D_over_the_fitted_rows_of_a_law_of_N_and_D()
    {
        var ranges = FittedRanges.Of(Band, ChinchillaLaw.Instance);

        Assert.Equal(6e18, ranges.Compute!.Min, 1e-9 * 6e18);
        Assert.Equal(6e19, ranges.Compute.Max, 1e-9 * 6e19);
        Assert.Null(FittedRanges.Of(Band, new OffsetPowerLaw(Field.Params)).Compute);
    }

    [Fact]
    public void A_point_inside_both_ranges_but_beyond_the_fitted_compute_is_at_the_compute_distance()
    {
        var ranges = FittedRanges.Of(Band, ChinchillaLaw.Instance);

        // N = 1e9 and D = 1e11 are each the largest fitted, but no fitted run had both: 6ND = 6e20, 10× the largest fitted compute.
        var corner = ranges.DistanceOf([1e9, 1e11]);

        Assert.False(corner.IsBeyondData);
        Assert.True(corner.IsBeyondComputeOnly);
        Assert.Equal(10, corner.Compute!.Factor, 1e-9);
        Assert.Equal(1.0, corner.Relative, 1e-9); // one decade beyond a compute range of one decade
        Assert.Equal(10, corner.Combined, 1e-9);
    }

    [Fact]
    public void A_step_beyond_in_N_alone_is_counted_once()
    {
        var ranges = FittedRanges.Of(Band, ChinchillaLaw.Instance);

        // N 10× beyond its 1-decade range at the smallest D: d_N = 1; C = 6e19 lies inside the compute range.
        var larger = ranges.DistanceOf([1e10, 1e9]);
        var inside = ranges.DistanceOf([3e8, 1e10]);

        Assert.Equal(1.0, larger.Relative, 1e-9);
        Assert.False(larger.IsBeyondComputeOnly);
        Assert.Equal(0, inside.Relative);
        Assert.False(inside.IsBeyondComputeOnly);
    }
}
