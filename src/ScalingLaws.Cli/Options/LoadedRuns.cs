using ScalingLaws.IO.Selection;

namespace ScalingLaws.Cli.Options;

/// <summary>
/// The table a command works on, with what <c>--family</c>, <c>--where</c> and <c>--exclude-model</c> selected and the
/// pooling warning (<see cref="SelectionSummary.Warning"/>, null when the rows are one group or <c>--pool</c> was given),
/// and the warnings about the rows themselves (<see cref="RowWarnings"/>: repeated rows, perplexities given as losses).
/// </summary>
internal sealed record LoadedRuns(ObservationTable Table, SelectionSummary Selection, IReadOnlyList<string> RowWarnings);
