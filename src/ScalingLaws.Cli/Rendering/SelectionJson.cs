namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// A command's JSON with the <c>selection</c> object added: the families, filters and excluded models, rows kept of rows
/// read, and the pooling warning (null when there is none). A fit's law document carries it itself.
/// </summary>
internal static class SelectionJson
{
    public static string Serialize<T>(T document, LoadedRuns runs)
    {
        var json = CliJson.Node(document).AsObject();
        json["selection"] = CliJson.Node(runs.Selection);
        return json.ToJsonString(CliJson.Options);
    }
}
