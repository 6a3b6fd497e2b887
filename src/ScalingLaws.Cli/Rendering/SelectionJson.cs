using System.Text.Json;
using ScalingLaws.Cli.Options;
using ScalingLaws.IO.LawFiles;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// A command's JSON with the <c>selection</c> object added: the families, filters and excluded models, rows kept of rows
/// read, and the pooling warning (null when there is none). A fit's law document carries it itself.
/// </summary>
internal static class SelectionJson
{
    public static string Serialize(object document, LoadedRuns runs)
    {
        var json = JsonSerializer.SerializeToNode(document, LawFile.JsonOptions)!.AsObject();
        json["selection"] = JsonSerializer.SerializeToNode(runs.Selection, LawFile.JsonOptions);
        return json.ToJsonString(LawFile.JsonOptions);
    }
}
