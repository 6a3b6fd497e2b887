namespace ScalingLaws.Tests;

/// <summary>One meaning of a degree of parallelism for every computation and settings record.</summary>
public sealed class ParallelismTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void No_limit_uses_every_core(int requested) => Assert.Equal(Environment.ProcessorCount, Parallelism.Cores(requested));

    [Fact]
    public void A_positive_degree_is_kept() => Assert.Equal(3, Parallelism.Cores(3));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_settings_record_refuses_a_degree_below_one(int degree)
    {
        var error = Assert.Throws<ScalingLawsException>(() => Parallelism.CheckDegree(degree));

        Assert.Equal("the degree of parallelism must be at least 1.", error.Message);
    }

    [Fact]
    public void One_core_is_allowed() => Parallelism.CheckDegree(1);
}
