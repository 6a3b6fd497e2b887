using ScalingLaws.Data;
using ScalingLaws.IO.Selection;

namespace ScalingLaws.Cli.Options;

/// <summary><c>--family NAME</c> of the estimation commands: the rows of one model family, selected as <see cref="RowSelection"/> does.</summary>
internal static class FamilySelection
{
    public static ObservationTable Select(ObservationTable table, string? family) =>
        family is null ? table : new RowSelection([family], [], []).Apply(table).Table;
}
