namespace ScalingLaws.IO.Datasets;

/// <summary>
/// Muennighoff et al.'s data-constrained runs (ColPret): 48 runs grouped into 16 families
/// <c>GPT2-{data}-{epochs}</c> of 3 sizes. The file's flops column is unreliable and ignored.
/// </summary>
internal sealed class DatablationsLoader : IDatasetLoader
{
    public const string File = "colpret/datablations_losses.csv";

    public DatasetInfo Info { get; } = new(
        "datablations",
        "Data-constrained GPT-2 runs, 2.8B–8.7B, C4 and OSCAR, 1–44 epochs (Muennighoff et al. 2023)",
        "validation loss, nats",
        $"{Sources.ColPret}, aggregated_eval/datablations_losses.csv",
        Sources.ColPretLicence,
        [File],
        "N from num_params (2.8B, 4.2B, 8.7B); tokens = token_num; the file's flops column is not reliable and is ignored (FLOPs = 6ND). " +
        "48 runs (3 sizes × 2 datasets × 8 epoch counts) in 16 families GPT2-{data}-{epochs} of 3 sizes each, as ColPret groups them. " +
        "C4 runs are scored on C4 and OSCAR runs on OSCAR, different quantities that one law must not pool.",
        (from data in new[] { "c4", "oscar" }
         from epochs in Epochs
         select (Family: $"GPT2-{data}-{epochs}", Loss: $"validation loss on {data}, nats")).ToDictionary(f => f.Family, f => f.Loss));

    /// <summary>The epoch counts of the runs, one family per dataset and count.</summary>
    private static readonly int[] Epochs = [1, 2, 3, 4, 5, 7, 14, 44];

    public ObservationTable Load(string dataDirectory)
    {
        var file = DatasetFile.Read(dataDirectory, File, Info);
        var (data, epochs, tokens, loss, parameters) =
            (file.Column("data"), file.Column("epochs"), file.Column("token_num"), file.Column("loss"), file.Column("num_params"));
        var unique = file.Column("tokens_per_epoch");
        var repeats = new Dictionary<string, double>(StringComparer.Ordinal);
        var rows = file.Rows.Select(row =>
        {
            var family = $"GPT2-{file.Text(row, data).Trim()}-{file.Text(row, epochs).Trim()}";
            var size = file.Text(row, parameters).Trim();
            repeats[$"{family}-{size}"] = file.Number(row, epochs);
            return DatasetRows.Row(file.Size(row, parameters), file.Number(row, tokens), file.Number(row, loss), $"{family}-{size}", family, double.NaN, row.Number)
                with { UniqueTokens = file.Number(row, unique) };
        }).ToList();
        return DatasetRows.Table(Info, rows, "tokens = token_num; unique_tokens = tokens_per_epoch; the file's flops column is ignored (FLOPs = 6ND)", RepeatedData(repeats));
    }

    // The Chinchilla law counts every token as new; a run that sees its unique tokens many times gains less from each
    // (Muennighoff et al.'s data-constrained law): by run length, the 44-epoch runs' losses ended 8% above the backtest's predictions on average.
    private static string RepeatedData(Dictionary<string, double> epochsByRun)
    {
        var repeated = epochsByRun.Values.Where(e => e > 1).ToArray();
        return repeated.Length == 0 ? "every run sees its unique tokens once"
            : $"repeated data: {repeated.Length} of {epochsByRun.Count} runs see their unique tokens {repeated.Min():0.#}–{repeated.Max():0.#} times (the epochs column); " +
              "the Chinchilla law counts every token as new, so the more a run repeats its data, the further its loss stays above what the law extrapolates (Muennighoff et al. 2023)";
    }
}
