namespace ScalingLaws.IO.Datasets;

/// <summary>
/// A dataset read from one file: the loader names the dataset and its file (relative to the data directory) and says
/// how the file's rows become the canonical table; what the dataset is comes from <see cref="DatasetDescriptions"/>.
/// </summary>
internal abstract class OneFileLoader(string name, string path) : IDatasetLoader
{
    public DatasetInfo Info { get; } = DatasetDescriptions.For(name, [path]);

    public ObservationTable Load(string dataDirectory) => Read(DatasetFile.Read(dataDirectory, path, Info));

    /// <summary>The canonical table from the dataset's file.</summary>
    protected abstract ObservationTable Read(DatasetFile file);
}
