using ScalingLaws.Data;

namespace ScalingLaws.Cli.Options;

/// <summary><c>--family NAME</c>: the rows of one model family (rows without a family belong to the file's).</summary>
internal static class FamilySelection
{
    public static ObservationTable Select(ObservationTable table, string? family)
    {
        if (family is null)
            return table;
        var names = table.Rows.Select(r => r.Family ?? table.Source).Distinct().ToArray();
        var match = names.FirstOrDefault(n => string.Equals(n.Trim(), family.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ScalingLawsException($"--family {family}: no such family in {table.Source}; its families are {string.Join(", ", names)}.");
        return table.Where(r => (r.Family ?? table.Source) == match, $"family {match} only");
    }
}
