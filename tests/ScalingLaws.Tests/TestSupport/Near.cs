using System.Text.Json.Nodes;

namespace ScalingLaws.Tests;

/// <summary>Numeric assertions with relative tolerances.</summary>
internal static class Near
{
    public static void Relative(double expected, double actual, double tolerance, string? what = null) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected),
            $"{what ?? "value"}: expected {expected:R} ± {tolerance:P3}, got {actual:R} (off by {Math.Abs(actual / expected - 1):P4})");

    public static double Number(JsonNode? node, string what = "value") =>
        node is null ? throw new Xunit.Sdk.XunitException($"{what} is missing or null") : node.GetValue<double>();
}
