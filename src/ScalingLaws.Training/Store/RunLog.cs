using System.Text.Json.Serialization;

namespace ScalingLaws.Training.Store;

/// <summary>A run's measurements so far, and whether it is finished: the JSON file the study resumes from.</summary>
public sealed record RunLog(string Run, bool Finished, IReadOnlyList<Checkpoint> Checkpoints)
{
    /// <summary>The format version this program writes; see <see cref="DocumentVersion"/>.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The format version, written first; a log without one is version 1.</summary>
    [JsonPropertyOrder(-1)]
    // set, not init: source-generated reading assigns every init-only property (0 when absent), losing the default.
    public int Version { get; set; } = DocumentVersion.Unstated;
}
