using System.Text.Json.Serialization;
using ScalingLaws.IO.LawFiles;

namespace ScalingLaws.Training.Store;

/// <summary>Compile-time JSON metadata for a study's manifest and run logs (see <see cref="DocumentJson"/>).</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(StudyManifest))]
[JsonSerializable(typeof(RunLog))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
