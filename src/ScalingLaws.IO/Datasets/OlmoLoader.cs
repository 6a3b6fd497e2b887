namespace ScalingLaws.IO.Datasets;

/// <summary>
/// OLMo-1B and OLMo-7B (AI2 W&amp;B exports, ColPret): tokens = Step × 4e6, loss = the mean of the row's non-empty
/// CrossEntropyLoss columns. OLMo-7B-Twin-2T is left out, as the Hitchhiker's guide's OLMo family leaves it out.
/// </summary>
internal sealed class OlmoLoader() : OneFileLoader("olmo", "colpret/olmo.csv")
{
    public const string Twin = "OLMo-7B-Twin-2T";

    protected override ObservationTable Read(DatasetFile file)
    {
        var (step, model, parameters) = (file.Column("Step"), file.Column("model_name"), file.Column("num_params"));
        var losses = Enumerable.Range(0, file.Headers.Count).Where(i => file.Headers[i].Contains("CrossEntropyLoss", StringComparison.Ordinal)).ToArray();
        if (losses.Length == 0)
            throw new DataFileException(file.Path, "no CrossEntropyLoss columns", "restore the file from its source");
        var rows = new List<Observation>();
        var twins = 0;
        foreach (var row in file.Rows)
        {
            var name = file.Text(row, model).Trim();
            if (name == Twin)
            {
                twins++;
                continue;
            }
            var values = losses.Select(i => file.TryNumber(row, i, out var v) ? v : double.NaN).Where(double.IsFinite).ToArray();
            if (values.Length == 0)
                throw file.Error(row, losses[0], "the row has no CrossEntropyLoss value");
            var s = file.Number(row, step);
            rows.Add(DatasetRows.Row(file.Size(row, parameters), s * 4e6, values.Average(), name, "OLMo", s, row.Number));
        }
        return DatasetRows.Table(Info, rows,
            $"left out {twins} {Twin} rows; tokens = Step × 4e6; loss = mean of each row's non-empty CrossEntropyLoss columns");
    }
}
