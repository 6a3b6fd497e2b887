namespace ScalingLaws.Cli.Rendering;

/// <summary>At most a given number of items, evenly spaced and always with the first and the last, for console tables.</summary>
internal static class Thinned
{
    public static IReadOnlyList<int> Indices(int count, int most) =>
        count <= most
            ? [.. Enumerable.Range(0, count)]
            : [.. Enumerable.Range(0, most).Select(k => (int)Math.Round(k * (count - 1.0) / (most - 1))).Distinct()];

    /// <summary>"(12 of 40 checkpoints shown; --json lists all)" when thinned, else empty.</summary>
    public static string Note(int shown, int count, string what) =>
        shown < count ? $"({shown} of {Numbers.Count(count)} {what} shown; --json lists all)" : "";
}
