namespace ScalingLaws.IO.Datasets;

/// <summary>
/// Pile-T5 (EleutherAI) training summaries as ColPret aggregated them: N from ColPret's table, tokens = steps ×
/// 1e6 without step 0, loss = log2(val_perplexity). The file's rows are not in order; the table is sorted by
/// size, then step.
/// </summary>
internal sealed class T5PileLoader() : OneFileLoader("t5-pile", "colpret/t5_pile.csv")
{
    /// <summary>Parameters per size, as ColPret sets them.</summary>
    public static IReadOnlyDictionary<string, double> Params { get; } = new Dictionary<string, double>
    {
        ["base"] = 247_586_304,
        ["large"] = 783_173_632,
        ["xl"] = 2_849_804_288,
        ["xxl"] = 11_135_426_560,
    };

    protected override ObservationTable Read(DatasetFile file)
    {
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
