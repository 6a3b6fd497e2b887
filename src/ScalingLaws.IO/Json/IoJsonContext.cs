using System.Text.Json.Serialization;
using ScalingLaws.IO.Curves;
using ScalingLaws.IO.Datasets;
using ScalingLaws.IO.Downstream;

namespace ScalingLaws.IO.Json;

/// <summary>Compile-time JSON metadata for the documents this project reads and writes (see <see cref="DocumentJson"/>).</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(LawDocument))]
[JsonSerializable(typeof(CurveLawDocument))]
[JsonSerializable(typeof(AccuracyLawDocument))]
[JsonSerializable(typeof(PositionLine))]
[JsonSerializable(typeof(DatasetInfo[]))]
public sealed partial class IoJsonContext : JsonSerializerContext;
