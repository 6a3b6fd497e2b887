namespace ScalingLaws.IO.Datasets;

/// <summary>
/// Hoffmann et al.'s IsoFLOP runs as Epoch AI extracted them: N and C read from the figure, D = C/(6N) as in
/// Epoch's notebook (with the float N). The model name is N rounded to 1e7, ColPret's grouping (43 models).
/// </summary>
internal sealed class ChinchillaLoader() : OneFileLoader("chinchilla", "chinchilla-epoch/svg_extracted_data.csv")
{
    protected override ObservationTable Read(DatasetFile file)
    {
        var (size, flops, loss) = (file.Column("Model Size"), file.Column("Training FLOP"), file.Column("loss"));
        var rows = file.Rows.Select(row =>
        {
            var n = file.Number(row, size);
            var c = file.Number(row, flops);
            var model = "Chinchilla-" + Quantity.Format(Math.Round(n / 1e7) * 1e7, 4);
            return new Observation(n, Compute.Tokens(c, n), c, file.Number(row, loss), model, "Chinchilla", double.NaN, row.Number);
        });
        return DatasetRows.Table(Info, rows, $"tokens derived as D = C/(6N) for {file.Rows.Count} of {file.Rows.Count} rows");
    }
}
