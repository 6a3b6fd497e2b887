namespace ScalingLaws.IO.Datasets;

/// <summary>
/// Pythia checkpoints from EleutherAI's zero-shot evaluations, with the Hitchhiker's guide's per-row loss: the
/// mean of the row's log2 perplexities. The flattened files keep LAMBADA for the v1 runs and wikitext for the v0
/// runs, so a v1 row's loss is log2(lambada_ppl) and a v0 row's is log2(word_perplexity); v0 and v1 are different
/// training runs and stay in different families.
/// </summary>
internal sealed class PythiaLoader : IDatasetLoader
{
    public const string Lambada = "pythia/pythia_v1_lambada.csv";
    public const string Wikitext = "pythia/pythia_v0_wikitext.csv";

    /// <summary>Tokens per step of the v1 runs and of v0 6.9b and 12b: 1,024 sequences of 2,048 tokens.</summary>
    public const double Batch = 2_097_152;

    /// <summary>v0 160m, 410m and 1.4b were trained with 4M-token batches for 71,500 steps.</summary>
    public const double LargeBatch = 4_194_304;

    /// <summary>v1 steps 0, 1 and 2 are untrained (LAMBADA perplexity about 3.7e6) and are dropped.</summary>
    public const double LastUntrainedStep = 2;

    private static readonly HashSet<string> LargeBatchV0 = ["160m", "410m", "1.4b"];

    public DatasetInfo Info { get; } = DatasetDescriptions.For("pythia", [Lambada, Wikitext]);

    public ObservationTable Load(string dataDirectory)
    {
        var rows = new List<Observation>();
        var lambada = DatasetFile.Read(dataDirectory, Lambada, Info);
        var untrained = Read(lambada, "lambada_ppl", v0: false, rows);
        var wikitext = DatasetFile.Read(dataDirectory, Wikitext, Info);
        Read(wikitext, "word_perplexity", v0: true, rows);
        return DatasetRows.Table(Info, rows,
            $"dropped {untrained} untrained v1 rows (steps 0–2); loss = log2(lambada_ppl) for v1, log2(word_perplexity) for v0",
            "tokens = step × 2,097,152, but step × 4,194,304 for v0 160m, 410m and 1.4b (4M-token batches)");
    }

    /// <summary>Appends the file's trained rows; returns how many untrained rows it dropped.</summary>
    private static int Read(DatasetFile file, string perplexityColumn, bool v0, List<Observation> rows)
    {
        var (model, parameters, deduped, steps, perplexity) =
            (file.Column("model"), file.Column("params"), file.Column("deduped"), file.Column("step"), file.Column(perplexityColumn));
        var dropped = 0;
        foreach (var row in file.Rows)
        {
            var step = file.Number(row, steps);
            if (step <= LastUntrainedStep)
            {
                dropped++;
                continue;
            }
            var name = file.Text(row, model).Trim();
            var isDeduped = file.Text(row, deduped).Trim() switch
            {
                "true" or "True" => true,
                "false" or "False" => false,
                var text => throw file.Error(row, deduped, $"'{text}' is not true or false"),
            };
            var batch = v0 && LargeBatchV0.Contains(Size(name)) ? LargeBatch : Batch;
            var family = "Pythia" + (v0 ? "-v0" : "") + (isDeduped ? "-deduped" : "");
            rows.Add(DatasetRows.Row(file.Number(row, parameters), step * batch, Math.Log2(file.Number(row, perplexity)),
                v0 ? name + "-v0" : name, family, step, row.Number));
        }
        return dropped;
    }

    /// <summary>"pythia-160m-deduped" → "160m".</summary>
    internal static string Size(string model)
    {
        var size = model.StartsWith("pythia-", StringComparison.OrdinalIgnoreCase) ? model["pythia-".Length..] : model;
        var dash = size.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? size : size[..dash]).ToLowerInvariant();
    }
}
