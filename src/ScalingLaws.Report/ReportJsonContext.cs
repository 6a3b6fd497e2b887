using System.Text.Json.Serialization;

namespace ScalingLaws.Report;

/// <summary>Compile-time JSON metadata for the data the report embeds for its scripts (default escaping: '&lt;' never reaches a script).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(PlannerData))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
