using ScalingLaws.IO.Selection;

namespace ScalingLaws.Cli.Options;

/// <summary>
/// The table a command works on, with what <c>--family</c>, <c>--where</c> and <c>--exclude-model</c> selected and the
/// pooling warning (<see cref="SelectionSummary.Warning"/>, null when the rows are one group or <c>--pool</c> was given).
/// </summary>
internal sealed record LoadedRuns(ObservationTable Table, SelectionSummary Selection);
