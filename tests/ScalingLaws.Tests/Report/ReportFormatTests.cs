using ScalingLaws.Report.Html;

namespace ScalingLaws.Tests.Report;

/// <summary>The page prints numbers with units and sensible precision (the planner's script copies these rules).</summary>
public sealed class ReportFormatTests
{
    [Theory]
    [InlineData(70.2e9, "70.2B")]
    [InlineData(1.41e12, "1.41T")]
    [InlineData(499_999_999, "500M")]
    [InlineData(125e6, "125M")]
    [InlineData(double.NaN, "–")]
    public void Counts_take_a_suffix(double value, string expected) => Assert.Equal(expected, ReportFormat.Count(value));

    [Theory]
    [InlineData(5.76e23, "5.76e23")]
    [InlineData(1e21, "1e21")]
    [InlineData(6.004e18, "6e18")]
    public void Compute_is_scientific(double value, string expected) => Assert.Equal(expected, ReportFormat.Flops(value));

    [Theory]
    [InlineData(1.8172, "1.817")]
    [InlineData(477.84, "477.8")]
    [InlineData(2143.86, "2144")]
    [InlineData(0.34731, "0.3473")]
    [InlineData(4.87e-4, "4.87e-4")]
    [InlineData(2.5e7, "2.5e7")]
    public void Values_have_four_significant_figures(double value, string expected) => Assert.Equal(expected, ReportFormat.Value(value));

    [Theory]
    [InlineData(5.952, "6×")]
    [InlineData(59.52, "60×")]
    [InlineData(5952, "6,000×")]
    [InlineData(1.24, "1.2×")]
    public void Factors_have_two_significant_figures(double value, string expected) => Assert.Equal(expected, ReportFormat.Times(value));
}
