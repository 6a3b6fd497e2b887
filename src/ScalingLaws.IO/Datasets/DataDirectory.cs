namespace ScalingLaws.IO.Datasets;

/// <summary>
/// Where the public datasets are, the first of: <c>--data-dir</c>, <c>$SCALING_DATA</c>, the per-user folder
/// (<c>$XDG_DATA_HOME/scaling</c>, else <c>~/.local/share/scaling</c>), and <c>../shared/data</c> beside the repository (the
/// folder holding ScalingLaws.slnx, found by walking up from the current directory and from the program's own folder).
/// A folder named by the option or the variable must exist; the per-user and repository folders are used when they do.
/// </summary>
public static class DataDirectory
{
    /// <summary>The environment variable naming the data directory.</summary>
    public const string EnvironmentVariable = "SCALING_DATA";
    /// <summary>The solution file that marks the repository root.</summary>
    public const string SolutionFile = "ScalingLaws.slnx";

    /// <summary>The resolution order, for option descriptions.</summary>
    public const string Default =
        "default: $" + EnvironmentVariable + ", else $XDG_DATA_HOME/scaling or ~/.local/share/scaling, else ../shared/data beside the repository; see 'scaling datasets path'";

    /// <summary>How to get the data, for messages.</summary>
    public const string HowToGet =
        "get the files listed in shared/data/README.md from their public sources (see 'scaling datasets list': epoch-research/analyzing-chinchilla, IBM/ColPret, EleutherAI/pythia, " +
        "thu-yao-01-luo/MultiPowerLaw, formll/resolving-scaling-law-discrepancies) into one folder, then pass --data-dir DIR, set " + EnvironmentVariable +
        "=DIR, or put them in ~/.local/share/scaling";

    /// <summary>The data directory as a full path.</summary>
    /// <param name="option">The <c>--data-dir</c> value, or null when not given.</param>
    /// <exception cref="ScalingLawsException">No folder was found; the message names every place looked at.</exception>
    public static string Resolve(string? option) => Resolve(option, Environment.GetEnvironmentVariable, SearchFrom);

    /// <summary>
    /// <see cref="Resolve(string?)"/> with the environment and the folders to walk up from given, so that tests need not
    /// change the process.
    /// </summary>
    public static string Resolve(string? option, Func<string, string?> environment, IReadOnlyList<string> searchFrom)
    {
        var places = Places(option, environment, searchFrom);
        if (places.FirstOrDefault(p => p.Required) is { } named)
        {
            return named.Exists ? named.Path!
                : File.Exists(named.Path) ? throw new ScalingLawsException($"{named.From} {named.Given}: a file, not a folder ({named.Path}); give the folder that holds the datasets' files, not one of them.")
                : throw new ScalingLawsException($"{named.From} {named.Given}: no such folder (looked at {named.Path}); {HowToGet}.");
        }
        if (places.FirstOrDefault(p => p.Exists) is { } found)
            return found.Path!;
        var looked = places.Select(p => p.Path ?? p.Given).OfType<string>().Distinct();
        throw new ScalingLawsException(
            $"no data folder: --data-dir was not given, ${EnvironmentVariable} is not set, and neither the per-user folder nor ../shared/data beside the repository was found " +
            $"(looked at: {string.Join("; ", looked)}); {HowToGet}.");
    }

    /// <summary>Every place looked at, in order, as <c>scaling datasets path</c> prints them.</summary>
    public static IReadOnlyList<DataPlace> Places(string? option) => Places(option, Environment.GetEnvironmentVariable, SearchFrom);

    /// <inheritdoc cref="Places(string?)"/>
    public static IReadOnlyList<DataPlace> Places(string? option, Func<string, string?> environment, IReadOnlyList<string> searchFrom)
    {
        var places = new List<DataPlace>
        {
            Named("--data-dir", option),
            Named("$" + EnvironmentVariable, environment(EnvironmentVariable)),
        };
        if (UserFolder(environment) is { } user)
            places.Add(Found("per-user folder", user));
        foreach (var start in searchFrom)
        {
            var place = RepositoryAbove(start) is { } root
                ? Found("beside the repository", BesideRepository(root))
                : new DataPlace("beside the repository", $"no {SolutionFile} above {start}", null, false, false);
            if (!places.Any(p => p.Path is not null && p.Path == place.Path))
                places.Add(place);
        }
        return places;
    }

    /// <summary>Where <c>scaling datasets get</c> writes unless told: <c>$SCALING_DATA</c> when set, else the per-user folder.</summary>
    public static string DownloadFolder() => DownloadFolder(Environment.GetEnvironmentVariable);

    /// <summary><see cref="DownloadFolder()"/> with the environment given, so that tests need not change the process.</summary>
    /// <exception cref="ScalingLawsException">Neither is known (no variable, no home folder).</exception>
    public static string DownloadFolder(Func<string, string?> environment) =>
        environment(EnvironmentVariable) is { Length: > 0 } named ? Path.GetFullPath(named)
        : UserFolder(environment) ?? throw new ScalingLawsException($"no folder to download into: ${EnvironmentVariable}, $XDG_DATA_HOME and $HOME are unset; name one with --to DIR.");

    private static IReadOnlyList<string> SearchFrom => [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];

    // $XDG_DATA_HOME/scaling, else ~/.local/share/scaling (the XDG default); null when neither variable is set.
    private static string? UserFolder(Func<string, string?> environment)
    {
        if (environment("XDG_DATA_HOME") is { Length: > 0 } data)
            return Path.GetFullPath(Path.Combine(data, "scaling"));
        var home = environment("HOME") is { Length: > 0 } h ? h : environment("USERPROFILE");
        return string.IsNullOrWhiteSpace(home) ? null : Path.GetFullPath(Path.Combine(home, ".local", "share", "scaling"));
    }

    // A folder the user named: required when given (a blank value is no value).
    private static DataPlace Named(string from, string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? new DataPlace(from, null, null, false, false)
            : new DataPlace(from, value, Path.GetFullPath(value), Directory.Exists(Path.GetFullPath(value)), true);

    private static DataPlace Found(string from, string path) => new(from, null, path, Directory.Exists(path), false);

    /// <summary>The shared datasets' folder next to a checkout: <c>ROOT/../shared/data</c>, as a full path.</summary>
    public static string BesideRepository(string root) => Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));

    /// <summary>The repository root (the folder holding ScalingLaws.slnx) at or above <paramref name="start"/>; null when there is none.</summary>
    public static string? RepositoryAbove(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                return folder.FullName;
        }
        return null;
    }
}

/// <summary>One place the data directory may be.</summary>
/// <param name="From">Where the place comes from: <c>--data-dir</c>, <c>$SCALING_DATA</c>, the per-user folder, beside the repository.</param>
/// <param name="Given">The value as given (option or variable), or why there is no path (no repository above a folder).</param>
/// <param name="Path">The full path, or null when the option or variable was not given.</param>
/// <param name="Exists">Whether the folder exists.</param>
/// <param name="Required">Whether the user named it, so that it must exist rather than be skipped.</param>
public sealed record DataPlace(string From, string? Given, string? Path, bool Exists, bool Required);
