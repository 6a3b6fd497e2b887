namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// Writes the hostile-input corpus into a fresh folder: malformed tables for every table reader, broken and out-of-domain
/// laws, outputs aimed at what must not be written over, absurd option values, inputs that are not regular files, what a person writes and means, damaged Parquet, gzip, JSON Lines and tracker files, a user's own tables of runs, what a careless user gives
/// (repeated rows, perplexities, sizes without units, edited law files, selections that keep nothing, absurd settings), benchmark
/// scores and accuracy laws written wrong, loss curves whose steps or runs no law can use, and what spreadsheets, scripts and shells make of a user's own runs.
/// </summary>
internal static class HostileCorpus
{
    public static IReadOnlyList<HostileCase> Write(string folder) =>
    [
        .. TableCases.Write(Directory.CreateDirectory(Path.Combine(folder, "tables")).FullName),
        .. LawCases.Write(Directory.CreateDirectory(Path.Combine(folder, "laws")).FullName),
        .. OutputCases.Write(Directory.CreateDirectory(Path.Combine(folder, "outputs")).FullName),
        .. OptionCases.Write(Directory.CreateDirectory(Path.Combine(folder, "options")).FullName),
        .. InputKindCases.Write(Directory.CreateDirectory(Path.Combine(folder, "inputs")).FullName),
        .. LenientCases.Write(Directory.CreateDirectory(Path.Combine(folder, "lenient")).FullName),
        .. ReaderCases.Write(Directory.CreateDirectory(Path.Combine(folder, "readers")).FullName),
        .. RunTableCases.Write(Directory.CreateDirectory(Path.Combine(folder, "runs")).FullName),
        .. CarelessCases.Write(Directory.CreateDirectory(Path.Combine(folder, "careless")).FullName),
        .. DownstreamCases.Write(Directory.CreateDirectory(Path.Combine(folder, "downstream")).FullName),
        .. CurveShapeCases.Write(Directory.CreateDirectory(Path.Combine(folder, "curve-shapes")).FullName),
        .. ExportCases.Write(Directory.CreateDirectory(Path.Combine(folder, "exports")).FullName),
    ];
}
