namespace ScalingLaws.IO.Datasets;

/// <summary>
/// OPT training trajectories (Xia et al. 2023) as ColPret aggregated them. Tokens are steps × the batch of the
/// size, which reproduces the file's log10 <c>num_token</c>; the loss is the raw validation perplexity, as the
/// Hitchhiker's guide fitted it.
/// </summary>
internal sealed class OptLoader() : OneFileLoader("opt", "colpret/opt_trajectories.csv")
{
    /// <summary>Tokens per optimizer step by model size, as ColPret's aggregation sets it.</summary>
    public static double Batch(double parameters) => parameters switch
    {
        < 1e9 => 0.5e6,
        < 6e9 => 1e6,
        < 1e10 => 2e6,
        < 6e10 => 4e6,
        _ => 2e6,
    };

    protected override ObservationTable Read(DatasetFile file)
    {
        var (size, steps, ppl) = (file.Column("model_size"), file.Column("steps"), file.Column("ppl"));
        var rows = file.Rows.Select(row =>
        {
            var n = file.Size(row, size);
            var step = file.Number(row, steps);
            return DatasetRows.Row(n, step * Batch(n), file.Number(row, ppl), "OPT-" + file.Text(row, size).Trim(), "OPT", step, row.Number);
        });
        return DatasetRows.Table(Info, rows,
            "tokens = steps × batch by size (0.5M–4M tokens); loss = raw validation perplexity, as the Hitchhiker's guide used it");
    }
}
