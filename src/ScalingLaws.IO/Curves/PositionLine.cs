using System.Text.Json.Serialization;

namespace ScalingLaws.IO.Curves;

/// <summary>One JSON Lines row of a per-position loss file: a checkpoint's sequence loss and its loss at every position.</summary>
public sealed record PositionLine(
    string Run,
    double Step,
    double Tokens,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Lr,
    double Loss,
    double[] Positions);
