namespace ScalingLaws.IO.Datasets;

/// <summary>
/// Every file of the data folder with its size and SHA-256 (computed from shared/data) and, for a byte-for-byte copy,
/// its public URL at the commit shared/data/README.md names; files converted or flattened from their source say how
/// instead, and are fetched only from a copy of a data folder. The table is <c>public-files.tsv</c>, embedded.
/// </summary>
internal static class PublicFiles
{
    private const string DerivedPrefix = "derived: ";

    /// <summary>Every file, by its path relative to the data folder.</summary>
    public static IReadOnlyDictionary<string, PublicFile> All { get; } = Read();

    /// <summary>The file at <paramref name="path"/> (relative to the data folder, '/' separators).</summary>
    /// <exception cref="KeyNotFoundException">A catalog file missing from the table: a bug, which a test guards against.</exception>
    public static PublicFile For(string path) => All[path];

    private static Dictionary<string, PublicFile> Read()
    {
        using var stream = typeof(PublicFiles).Assembly.GetManifestResourceStream("public-files.tsv")!;
        using var reader = new StreamReader(stream);
        var files = new Dictionary<string, PublicFile>();
        foreach (var line in reader.ReadToEnd().Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1))
        {
            var (path, bytes, sha256, source) = line.Split('\t') is [var p, var b, var s, var u] ? (p, b, s, u) : throw new FormatException(line);
            var derived = source.StartsWith(DerivedPrefix, StringComparison.Ordinal);
            files.Add(path, new PublicFile(path, derived ? null : source, sha256, long.Parse(bytes, CultureInfo.InvariantCulture), derived ? source[DerivedPrefix.Length..] : null));
        }
        return files;
    }
}

/// <summary>One file of the data folder as published.</summary>
/// <param name="Path">Relative to the data folder, '/' separators, e.g. <c>colpret/opt_trajectories.csv</c>.</param>
/// <param name="Url">Where the identical file is public, or null when the file was converted from its source.</param>
/// <param name="Sha256">The SHA-256 of the file, lower-case hex.</param>
/// <param name="Bytes">The file's size in bytes.</param>
/// <param name="Derived">How the file was made from its source when it is not a copy (null for a copy).</param>
public sealed record PublicFile(string Path, string? Url, string Sha256, long Bytes, string? Derived);
