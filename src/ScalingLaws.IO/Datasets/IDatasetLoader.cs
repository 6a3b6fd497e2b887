namespace ScalingLaws.IO.Datasets;

/// <summary>One dataset: what it is, and how its raw files become a canonical table.</summary>
internal interface IDatasetLoader
{
    DatasetInfo Info { get; }

    /// <summary>Reads the raw files under <paramref name="dataDirectory"/>; the table has params, tokens, FLOPs = 6ND and loss on every row.</summary>
    ObservationTable Load(string dataDirectory);
}
