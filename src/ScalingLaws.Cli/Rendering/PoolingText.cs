using System.Globalization;

namespace ScalingLaws.Cli.Rendering;

/// <summary>The command line's words for a <see cref="PoolingDiagnostic"/>: which groups, and the option that selects one.</summary>
internal static class PoolingText
{
    private const int ShownGroups = 6;

    public static string DifferentLosses(string source, PoolingDiagnostic diagnostic)
    {
        var byLoss = diagnostic.Groups.GroupBy(g => g.Loss ?? "not stated")
            .Select(g => $"{string.Join(", ", g.Select(f => f.Name))}: {g.Key}");
        return $"{source} holds families whose losses are different quantities ({string.Join("; ", byLoss)}), and one law cannot fit them together; " +
            $"select families that share a loss, e.g. --family {diagnostic.Groups[0].Name}.";
    }

    public static string Warning(PoolingDiagnostic diagnostic)
    {
        var groups = Groups(diagnostic.Groups);
        var select = Selection(diagnostic);
        return diagnostic.Kind == PoolingKind.Families
            ? $"{diagnostic.Groups.Count} families are fitted as one law ({groups}); select one with {select}, or add --pool if pooling them is intended."
            : $"the rows are {diagnostic.Groups.Count} configurations by {string.Join(", ", diagnostic.Columns)} ({groups}) whose separate fits differ " +
              $"(one pooled fit leaves residuals {diagnostic.ResidualRatio.ToString("0.0", CultureInfo.InvariantCulture)}× larger), fitted here as one law; " +
              $"select one with {select}, or add --pool if pooling them is intended.";
    }

    // The option that keeps the largest group, e.g. --family Pythia or --where source=summary_df --where config_index=4.
    private static string Selection(PoolingDiagnostic diagnostic)
    {
        var largest = Enumerable.Range(0, diagnostic.Groups.Count).MaxBy(i => diagnostic.Groups[i].Rows);
        if (diagnostic.Kind == PoolingKind.Families)
            return $"--family {diagnostic.Groups[largest].Name}";
        return string.Join(" ", diagnostic.Columns.Zip(diagnostic.Values[largest], (column, value) => $"--where {column}={value}"));
    }

    private static string Groups(IReadOnlyList<PooledGroup> groups)
    {
        var shown = groups.Take(ShownGroups).Select(g => $"{g.Name} {Numbers.Count(g.Rows)} rows");
        return string.Join(", ", shown) + (groups.Count > ShownGroups ? $" and {groups.Count - ShownGroups} more" : "");
    }
}
