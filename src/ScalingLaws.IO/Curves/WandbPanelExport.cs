namespace ScalingLaws.IO.Curves;

/// <summary>
/// The CSV a Weights &amp; Biases chart panel exports: <c>Step</c>, then for each run a value column <c>NAME</c> beside
/// W&amp;B's grouping columns <c>NAME__MIN</c> and <c>NAME__MAX</c> (equal to it for an ungrouped run).
/// </summary>
internal static class WandbPanelExport
{
    /// <summary>The one run's value column of a panel export, or null when the headers are not one run's export.</summary>
    public static string? ValueColumn(IReadOnlyList<string> headers)
    {
        var values = headers.Where(h => headers.Contains(h + "__MIN") && headers.Contains(h + "__MAX")).ToList();
        return values.Count == 1 ? values[0] : null;
    }
}
