using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ScalingLaws.IO.Json;

namespace ScalingLaws.Cli.Rendering;

/// <summary>Every <c>--json</c> document: the law files' options over this project's and IO's generated metadata.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = DocumentJson.Options(JsonTypeInfoResolver.Combine(CliJsonContext.Default, IoJsonContext.Default));

    public static string Serialize<T>(T document) => DocumentJson.Serialize(document, Options);

    public static JsonNode Node<T>(T document) => JsonSerializer.SerializeToNode(document, DocumentJson.TypeInfo<T>(Options))!;
}
