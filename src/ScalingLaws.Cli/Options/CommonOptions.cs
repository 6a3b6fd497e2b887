namespace ScalingLaws.Cli.Options;

/// <summary>
/// The options many commands share, declared here once so that each has one name, one type and one help text in
/// every command that takes it (dotnet/format's FormatCommandCommon). Each call makes a new option for one command.
/// </summary>
internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print one JSON object instead of the report." };

    public static Option<bool> Quiet() => new("--quiet") { Description = "No progress on standard error." };

    /// <param name="defaultSeed">The seed when none is given; the same seed gives the same result.</param>
    public static Option<int> Seed(int defaultSeed) => new("--seed")
    {
        Description = "Seed of everything random the command draws; the same seed gives the same result.",
        DefaultValueFactory = _ => defaultSeed,
    };

    public static Option<int> Threads() => new("--threads") { Description = "Cores to train on.", DefaultValueFactory = _ => Environment.ProcessorCount };

    /// <summary>--data-dir DIR; an empty value (an unset shell variable) is refused rather than read as not given.</summary>
    public static Option<string?> DataDir() => new Option<string?>("--data-dir")
    {
        HelpName = "DIR",
        Description = $"Folder holding the datasets, for --dataset ({DataDirectory.Default}).",
    }.CheckedBy(folder =>
    {
        if (string.IsNullOrWhiteSpace(folder))
            throw new ScalingLawsException($"--data-dir '{folder}': no folder named; give the folder holding the datasets, or leave the option out.");
    });

    /// <summary>
    /// --dataset NAME, one of <paramref name="names"/>: an unknown name is a parse error, with the catalog's own line
    /// (the nearest name, every name), before anything is read.
    /// </summary>
    /// <param name="find">The catalog's lookup, which throws for an unknown name.</param>
    public static Option<string?> Dataset(IEnumerable<string> names, Func<string, DatasetInfo> find) => new Option<string?>("--dataset")
    {
        HelpName = "NAME",
        Description = $"Read a public dataset instead of FILE: {string.Join(", ", names)} (see 'scaling datasets list').",
    }.CheckedBy(name => find(name));
}
