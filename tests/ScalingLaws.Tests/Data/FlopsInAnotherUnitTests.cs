using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Data;

/// <summary><see cref="FlopsInAnotherUnit"/>: a flops column a thousand times 6ND or a billionth of it is found; real ones are not.</summary>
public sealed class FlopsInAnotherUnitTests
{
    private static readonly ObservationTable Sweep = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01, seed: 3, sizes: 5, tokenCounts: 5);

    [Theory]
    [InlineData(1000)]
    [InlineData(1e-9)]
    [InlineData(10)]
    public void A_flops_column_a_factor_of_ten_or_more_from_6ND_is_found_with_its_ratio(double factor)
    {
        var scaled = new ObservationTable(Sweep.Rows.Select(r => r with { Flops = r.Flops * factor }));

        var found = FlopsInAnotherUnit.Find(scaled);

        Assert.Equal(factor, found!.Ratio, factor * 1e-12);
        Assert.Equal(25, found.Rows);
    }

    [Fact]
    public void Counted_flops_up_to_nine_times_6ND_are_not_found()
    {
        Assert.Null(FlopsInAnotherUnit.Find(Sweep));
        Assert.Null(FlopsInAnotherUnit.Find(new ObservationTable(Sweep.Rows.Select(r => r with { Flops = r.Flops * 9 }))));
        Assert.Null(FlopsInAnotherUnit.Find(new ObservationTable(Sweep.Rows.Select(r => r with { Flops = r.Flops / 9 }))));
    }

    [Theory]
    [MemberData(nameof(SharedDatasets.Names), MemberType = typeof(SharedDatasets))]
    public void No_real_sweep_has_flops_in_another_unit(string dataset)
    {
        Assert.Null(FlopsInAnotherUnit.Find(SharedDatasets.Load(dataset)));
    }
}
