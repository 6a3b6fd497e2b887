namespace ScalingLaws.IO.Datasets;

/// <summary>
/// A public scaling-law dataset that <see cref="DatasetCatalog"/> can load as a canonical table.
/// </summary>
/// <param name="Name">The name used on the command line, e.g. <c>opt</c>.</param>
/// <param name="Title">One line: what the runs are and where they were published.</param>
/// <param name="Loss">What the table's loss column holds, with its unit (the Hitchhiker's guide's definition where it has one).</param>
/// <param name="Source">The public origin: repository, commit and path of every file.</param>
/// <param name="Licence">The licence of the source repository, or what is known when it has none.</param>
/// <param name="Files">The files the loader reads, relative to the data directory, with '/' separators.</param>
/// <param name="Notes">How the canonical table is built: derived columns, dropped rows, families.</param>
/// <param name="LossByFamily">
/// What each family's loss measures, when the families' losses are different quantities (LAMBADA against wikitext
/// perplexity): one law must not be fitted across them. Null when every family's loss is <paramref name="Loss"/>.
/// </param>
public sealed record DatasetInfo(
    string Name,
    string Title,
    string Loss,
    string Source,
    string Licence,
    IReadOnlyList<string> Files,
    string Notes,
    IReadOnlyDictionary<string, string>? LossByFamily = null)
{
    /// <summary>Whether each of the files is in <paramref name="dataDirectory"/>.</summary>
    public IReadOnlyList<(string File, bool Present)> FilesIn(string dataDirectory) =>
        [.. Files.Select(f => (f, File.Exists(Path.Combine(dataDirectory, f))))];

    /// <summary>Each file's public URL (null for a converted file), SHA-256 and size.</summary>
    public IReadOnlyList<PublicFile> Published => [.. Files.Select(PublicFiles.For)];
}
