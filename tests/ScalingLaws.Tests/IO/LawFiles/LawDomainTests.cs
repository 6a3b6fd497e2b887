using ScalingLaws.IO.LawFiles;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.IO.LawFiles;

/// <summary><see cref="LawDomain.Storable"/>: what a law file stores of a fit's values.</summary>
public sealed class LawDomainTests
{
    [Fact]
    public void An_irreducible_loss_that_underflowed_to_zero_is_stored_as_the_smallest_constant_the_domain_holds()
    {
        var stored = LawDomain.Storable(ChinchillaLaw.Instance, [0, 406.4, 410.7, 0.34, 0.28]);

        Assert.Equal([1e-300, 406.4, 410.7, 0.34, 0.28], stored);
        Assert.Null(LawDomain.Problem(ChinchillaLaw.Instance.Parameters[0], stored[0]));
    }

    [Theory]
    [InlineData(1.69, 0)]  // A vanished: its term is gone from the law, left to be refused
    [InlineData(1e-250, 406.4)] // a small E that did not underflow is stored as fitted
    public void Every_other_value_is_stored_as_fitted(double e, double a)
    {
        double[] values = [e, a, 410.7, 0.34, 0.28];

        Assert.Equal(values, LawDomain.Storable(ChinchillaLaw.Instance, values));
    }
}
