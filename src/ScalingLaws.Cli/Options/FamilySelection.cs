using ScalingLaws.Data;
using ScalingLaws.IO.Selection;

namespace ScalingLaws.Cli.Options;

/// <summary><c>--family NAME</c> of the estimation commands: the rows of these model families, selected as <see cref="RowSelection"/> does.</summary>
internal static class FamilySelection
{
    public static ObservationTable Select(ObservationTable table, IReadOnlyList<string> families) =>
        families.Count == 0 ? table : new RowSelection(families, [], []).Apply(table).Table;
}
