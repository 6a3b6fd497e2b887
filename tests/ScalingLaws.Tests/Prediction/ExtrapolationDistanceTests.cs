using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;

namespace ScalingLaws.Tests.Prediction;

public sealed class ExtrapolationDistanceTests
{
    private static readonly FittedRanges Ranges = new([new InputRange(Field.Params, 1e8, 1e10), new InputRange(Field.Tokens, 1e9, 1e10)]);

    [Fact]
    public void A_point_beyond_the_largest_run_is_that_many_times_it()
    {
        var distance = Ranges.DistanceOf([2.4e13, 5e9]);

        Assert.Equal(2400, distance.Factors[0].Factor, 9);
        Assert.True(distance.Factors[0].Above);
        Assert.Equal(1, distance.Factors[1].Factor);
        Near.Relative(2400, distance.Combined, 1e-12, "combined");
        Near.Relative(Math.Log10(2400), distance.Log10, 1e-12, "log10");
        // N spans 2 decades: 3.38 decades beyond is 1.69 spans.
        Near.Relative(Math.Log10(2400) / 2, distance.Relative, 1e-12, "relative");
        Assert.True(distance.IsBeyondData);
    }

    [Fact]
    public void Factors_multiply_and_narrow_spans_count_as_the_minimum_span()
    {
        var distance = Ranges.DistanceOf([1e11, 1e11]);

        Near.Relative(100, distance.Combined, 1e-12, "10× N and 10× D are 100× the compute");
        // D spans 1 decade (more than the minimum, 0.75), N spans 2.
        Near.Relative(1 / 2.0 + 1 / 1.0, distance.Relative, 1e-12, "relative");
        var narrow = new FittedRanges([new InputRange(Field.Params, 1e9, 2e9)]).DistanceOf([2e10]);
        Near.Relative(1 / InputFactor.MinimumSpan, narrow.Relative, 1e-12, "a 2× span counts as the minimum span");
    }

    [Fact]
    public void Below_the_smallest_run_is_a_factor_too_and_inside_is_zero()
    {
        var below = Ranges.DistanceOf([1e7, 5e9]);
        Assert.Equal(10, below.Factors[0].Factor, 9);
        Assert.False(below.Factors[0].Above);

        var inside = Ranges.DistanceOf([1e9, 5e9]);
        Assert.Equal(0, inside.Relative);
        Assert.Equal(1, inside.Combined);
        Assert.False(inside.IsBeyondData);
    }

    [Fact]
    public void Ranges_of_a_table_are_per_law_input()
    {
        var table = new ObservationTable([new Observation(1e8, 2e9, double.NaN, 3), new Observation(4e9, 8e10, double.NaN, 2.5)]);

        var ranges = FittedRanges.Of(table, ChinchillaLaw.Instance);

        Assert.Equal([Field.Params, Field.Tokens], ranges.Inputs.Select(r => r.Input));
        Assert.Equal((1e8, 4e9), (ranges.Inputs[0].Min, ranges.Inputs[0].Max));
        Assert.Equal((2e9, 8e10), (ranges.Inputs[1].Min, ranges.Inputs[1].Max));
        var flops = FittedRanges.Of(table, new OffsetPowerLaw(Field.Flops)).Inputs[0];
        Near.Relative(6 * 1e8 * 2e9, flops.Min, 1e-12, "C = 6ND when the table has no FLOPs");
    }

    [Fact]
    public void The_interval_is_symmetric_on_log_loss_and_widens_with_distance()
    {
        var model = new ExtrapolationErrorModel(0.01, 0.04, 2.0, ErrorModelSource.Backtest, 5, 20);

        var near = model.Interval(2.0, Ranges.DistanceOf([1e10, 1e10]));
        var far = model.Interval(2.0, Ranges.DistanceOf([1e12, 1e10]), parameterSigma: 0.02);

        Near.Relative(2.0 * Math.Exp(-2 * 0.01), near.Lower, 1e-12, "lower at the data");
        Near.Relative(2.0 * Math.Exp(2 * 0.01), near.Upper, 1e-12, "upper at the data");
        var sigma = Math.Sqrt(0.01 * 0.01 + 0.04 * 0.04 * 1.0 + 0.02 * 0.02); // 2 decades beyond a 2-decade span: d = 1
        Near.Relative(2 * sigma, far.LogHalfWidth, 1e-12, "half-width adds the parameter term in quadrature");
        Near.Relative(Math.Sinh(far.LogHalfWidth), far.RelativeHalfWidth, 1e-12, "relative half-width");
        Assert.True(far.Contains(2.0) && !far.Contains(2.0 * Math.Exp(1.01 * far.LogHalfWidth)));
    }
}
