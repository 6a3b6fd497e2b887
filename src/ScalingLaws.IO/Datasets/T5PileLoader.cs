namespace ScalingLaws.IO.Datasets;

/// <summary>
/// Pile-T5 (EleutherAI) training summaries as ColPret aggregated them: N from ColPret's table, tokens = steps ×
/// 1e6 without step 0, loss = log2(val_perplexity). The file's rows are not in order; the table is sorted by
/// size, then step.
/// </summary>
internal sealed class T5PileLoader : IDatasetLoader
{
    public const string File = "colpret/t5_pile.csv";

    /// <summary>Parameters per size, as ColPret sets them.</summary>
    public static IReadOnlyDictionary<string, double> Params { get; } = new Dictionary<string, double>
    {
        ["base"] = 247_586_304,
        ["large"] = 783_173_632,
        ["xl"] = 2_849_804_288,
        ["xxl"] = 11_135_426_560,
    };

    public DatasetInfo Info { get; } = new(
        "t5-pile",
        "Pile-T5 base–xxl, encoder–decoder (EleutherAI T5X summaries)",
        "log2(val_perplexity), bits",
        $"{Sources.ColPret}, aggregated_eval/t5_pile.csv",
        Sources.ColPretLicence,
        [File],
        "The loss is log2(val_perplexity), as the Hitchhiker's guide fitted T5-Pile (0.05–0.11 after the start); the repository does not say what val_perplexity measures. N from ColPret: base 247,586,304; large 783,173,632; xl 2,849,804,288; xxl 11,135,426,560. " +
        "Tokens = steps × 1e6, as ColPret sets them; the step-0 rows are dropped. " +
        "The cross_ent_loss columns turn negative as exported and are not used. Rows are sorted by size, then step. " +
        "One family, T5-Pile; the paper flags it as the family that behaves differently.");

    public ObservationTable Load(string dataDirectory)
    {
        var file = DatasetFile.Read(dataDirectory, File, Info);
        var (model, steps, perplexity) = (file.Column("model_name"), file.Column("steps"), file.Column("val_perplexity"));
        var rows = new List<Observation>();
        foreach (var row in file.Rows)
        {
            var size = file.Text(row, model).Trim();
            if (!Params.TryGetValue(size, out var n))
                throw file.Error(row, model, $"unknown T5 size '{size}' (expected base, large, xl or xxl)");
            var step = file.Number(row, steps);
            if (step <= 0)
                continue;
            rows.Add(DatasetRows.Row(n, step * 1e6, Math.Log2(file.Number(row, perplexity)), "T5-Pile-" + size, "T5-Pile", step, row.Number));
        }
        var dropped = file.Rows.Count - rows.Count;
        return DatasetRows.Table(Info, rows.OrderBy(r => r.Params).ThenBy(r => r.Step),
            $"dropped {dropped} step-0 rows; tokens = steps × 1e6; loss = log2(val_perplexity)");
    }
}
