namespace ScalingLaws.IO.Curves;

/// <summary>
/// The CSV TensorBoard's scalar dashboard downloads for one tag of one run (<c>Wall time</c>, <c>Step</c>, <c>Value</c>; tbparse
/// and pandas write <c>wall_time</c>, <c>step</c>, <c>value</c>): the tag's name is not in the file, so its value column is the loss.
/// </summary>
internal static class TensorBoardScalarExport
{
    /// <summary>The value column of such an export, or null when the headers are not one.</summary>
    public static string? ValueColumn(IReadOnlyList<string> headers) =>
        headers.Count == 3 && headers.Any(h => Same(h, "walltime")) && headers.Any(h => Same(h, "step")) ? headers.FirstOrDefault(h => Same(h, "value")) : null;

    /// <summary>What the reader took, for the output's notes.</summary>
    public static string Note(string value) =>
        $"loss: column '{value}' of a TensorBoard scalar export (wall time, step, value of one tag; the file does not name the tag, so check it is the loss)";

    private static bool Same(string header, string name) =>
        string.Concat(header.Where(c => !char.IsWhiteSpace(c) && c != '_')).Equals(name, StringComparison.OrdinalIgnoreCase);
}
