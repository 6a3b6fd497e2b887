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
        new("porian",
            "IsoFLOP points of 15 training configurations, RefinedWeb and OpenWebText2 (Porian et al. 2024)",
            "loss in nats at each budget, train or validation by configuration (column loss_type)",
            $"{Sources.Porian}, data/summary_df*.pickle.xz (flattened to CSV)",
            "MIT",
            [Porian],
            "Columns params, tokens, flops and loss are read as they are; source and config_index name the configuration. Use one configuration at a time: " +
            "scaling isoflop DIR/porian/isoflop_points.csv --where source=summary_df --where config_index=4 (12 budgets, a ≈ 0.514)."),
        new("wandb-export-examples",
            "LLM360 Amber 6.7B: evaluation perplexity per checkpoint, three Weights & Biases exports",
            "perplexity, raw (average per document, Pile-CC, Wikipedia)",
            $"{Sources.ColPret}, raw_data/lm360/Amber/*.csv",
            Sources.ColPretLicence,
            [
                "wandb-export-examples/wandb_export_2023-12-27T16_38_04.242-05_00.csv",
                "wandb-export-examples/wandb_export_2023-12-27T16_39_20.563-05_00.csv",
                "wandb-export-examples/wandb_export_2023-12-27T16_36_43.397-05_00.csv",
            ],
            "One run, 177 checkpoints; Step is the checkpoint index (0 … 354), not an optimizer step, and there is no training-loss curve. " +
            "A file of the shape a W&B panel export has, for reading your own exports."),
    ];
}
