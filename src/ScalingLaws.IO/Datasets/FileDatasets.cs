namespace ScalingLaws.IO.Datasets;

/// <summary>
/// Public files in the data directory that no loader turns into a canonical table, read as FILE with the commands'
/// own options (shared/data/README.md describes their columns).
/// </summary>
public static class FileDatasets
{
    /// <summary>Porian et al.'s IsoFLOP points, relative to the data directory.</summary>
    public const string Porian = "porian/isoflop_points.csv";

    /// <summary>Every public file dataset read as a plain table.</summary>
    public static IReadOnlyList<DatasetInfo> All { get; } =
    [
        DatasetDescriptions.For("porian", [Porian]),
        DatasetDescriptions.For("wandb-export-examples",
        [
            "wandb-export-examples/wandb_export_2023-12-27T16_38_04.242-05_00.csv",
            "wandb-export-examples/wandb_export_2023-12-27T16_39_20.563-05_00.csv",
            "wandb-export-examples/wandb_export_2023-12-27T16_36_43.397-05_00.csv",
        ]),
    ];
}
