using ScalingLaws.IO.Json;
using ScalingLaws.IO.LawFiles;

namespace ScalingLaws.IO.Datasets;

/// <summary>
/// What each public dataset of a fixed name is (title, loss, source, licence, notes): one table, <c>datasets.json</c>,
/// embedded beside <c>public-files.tsv</c>, so the catalog reads as one list and a loader holds only how its rows are
/// read. The loader names the files it reads; the curve datasets, described per model size, build theirs in code.
/// </summary>
internal static class DatasetDescriptions
{
    private static readonly Dictionary<string, DatasetInfo> ByName = Read();

    /// <summary>Every dataset the table describes.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    /// <summary>The dataset called <paramref name="name"/> in the table, read from <paramref name="files"/>.</summary>
    /// <exception cref="KeyNotFoundException">A loader whose dataset is missing from the table: a bug, which every catalog test meets.</exception>
    public static DatasetInfo For(string name, IReadOnlyList<string> files) => ByName[name] with { Files = files };

    private static Dictionary<string, DatasetInfo> Read()
    {
        using var stream = typeof(DatasetDescriptions).Assembly.GetManifestResourceStream("datasets.json")!;
        using var reader = new StreamReader(stream);
        var all = DocumentJson.Deserialize<DatasetInfo[]>(reader.ReadToEnd(), LawFile.JsonOptions) ?? throw new FormatException("datasets.json is empty");
        return all.ToDictionary(d => d.Name, StringComparer.Ordinal);
    }
}
