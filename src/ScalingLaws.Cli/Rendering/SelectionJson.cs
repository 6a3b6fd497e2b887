using System.Text.Json;
using System.Text.Json.Nodes;
using ScalingLaws.Cli.Options;
using ScalingLaws.IO.LawFiles;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// Adds the <c>selection</c> object to a command's JSON: the families, filters and excluded models, rows kept of rows
/// read, and the pooling warning (null when there is none).
/// </summary>
internal static class SelectionJson
{
    public static string Serialize(object document, LoadedRuns runs) =>
        With(JsonSerializer.SerializeToNode(document, LawFile.JsonOptions)!.AsObject(), runs);

    public static string Add(string json, LoadedRuns runs) => With(JsonNode.Parse(json)!.AsObject(), runs);

    private static string With(JsonObject document, LoadedRuns runs)
    {
        var s = runs.Selection;
        document["selection"] = JsonSerializer.SerializeToNode(
            new SelectionDocument(s.Families, s.Where, s.ExcludedModels, s.Rows, s.Of, runs.PoolingWarning), LawFile.JsonOptions);
        return document.ToJsonString(LawFile.JsonOptions);
    }

    /// <param name="Rows">Rows selected, before the row rules (--min-tokens, --drop-highest-loss).</param>
    /// <param name="Of">Rows read.</param>
    private sealed record SelectionDocument(
        IReadOnlyList<string> Families, IReadOnlyList<string> Where, IReadOnlyList<string> ExcludedModels, int Rows, int Of, string? Warning);
}
