namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// Writes the hostile-input corpus into a fresh folder: malformed tables for every table reader, broken and out-of-domain
/// laws, outputs aimed at what must not be written over, absurd option values, inputs that are not regular files, what a person writes and means, damaged Parquet, gzip, JSON Lines and tracker files, a user's own tables of runs, what a careless user gives
/// (repeated rows, perplexities, sizes without units, edited law files, selections that keep nothing, absurd settings), benchmark
/// scores and accuracy laws written wrong, loss curves whose steps or runs no law can use, what spreadsheets, scripts and shells make of a user's own runs, the commands and options the rest reaches least, and what a hostile tester probed last (sizes beyond any run, log-axis limits, counts below one, ignored options, law files of the wrong JSON kind), what round 12 probed (Excel's delimiter line, comparisons written as other languages write them, a study with no cell scored), and what round 13 did (findings with no cell scored, values given twice, a point given again with another loss, Excel's delimiter line read), and what round 14 did (laws whose loss no model has, setups whose tokens differ in the last digits), and what round 15 did (--final beside --one-row-per-run, covariances of another size, a study of one loss, runs ranked from as many points as parameters), and what round 16 did (a size quoted as "1,000", dataset names of another kind, a backtest whose every cut failed, figures 1 pixel wide, a study of 1e308 parameters), and what round 17 did (--quiet where no progress is shown, shapes, threads and figure sizes beyond any sensible range, an MLflow run's bad cell, a header's plain power of ten, links that loop).
/// </summary>
internal static class HostileCorpus
{
    public static IReadOnlyList<HostileCase> Write(string folder) =>
    [
        .. TableCases.Write(Sub(folder, "tables")),
        .. LawCases.Write(Sub(folder, "laws")),
        .. OutputCases.Write(Sub(folder, "outputs")),
        .. OptionCases.Write(Sub(folder, "options")),
        .. InputKindCases.Write(Sub(folder, "inputs")),
        .. LenientCases.Write(Sub(folder, "lenient")),
        .. ReaderCases.Write(Sub(folder, "readers")),
        .. RunTableCases.Write(Sub(folder, "runs")),
        .. CarelessCases.Write(Sub(folder, "careless")),
        .. DownstreamCases.Write(Sub(folder, "downstream")),
        .. CurveShapeCases.Write(Sub(folder, "curve-shapes")),
        .. ExportCases.Write(Sub(folder, "exports")),
        .. CoverageCases.Write(Sub(folder, "coverage")),
        .. ProbeCases.Write(Sub(folder, "probes")),
        .. Round12Cases.Write(Sub(folder, "round12")),
        .. Round13Cases.Write(Sub(folder, "round13")),
        .. Round14Cases.Write(Sub(folder, "round14")),
        .. Round15Cases.Write(Sub(folder, "round15")),
        .. Round16Cases.Write(Sub(folder, "round16")),
        .. Round17Cases.Write(Sub(folder, "round17")),
    ];

    private static string Sub(string folder, string name) => Directory.CreateDirectory(Path.Combine(folder, name)).FullName;
}
