namespace ScalingLaws.IO.Datasets;

/// <summary>
/// GPT-3's validation curves digitised from Brown et al. 2020 (ColPret): the rows with <c>val_loss</c>, tokens =
/// <c>step</c> × 1e9 (the column holds billions of tokens), N from the metadata's <c>num_params</c>.
/// </summary>
internal sealed class Gpt3Loader : IDatasetLoader
{
    public const string Curves = "colpret/gpt3_extracted.csv";
    public const string Metadata = "colpret/gpt3_metadata.csv";

    public DatasetInfo Info { get; } = DatasetDescriptions.For("gpt3", [Curves, Metadata]);

    public ObservationTable Load(string dataDirectory)
    {
        var sizes = Sizes(DatasetFile.Read(dataDirectory, Metadata, Info));
        var file = DatasetFile.Read(dataDirectory, Curves, Info);
        var (model, step, valLoss) = (file.Column("model"), file.Column("step"), file.Column("val_loss"));
        var rows = new List<Observation>();
        foreach (var row in file.Rows)
        {
            if (!file.TryNumber(row, valLoss, out var loss))
                continue; // a train_loss point
            var name = file.Text(row, model).Trim();
            var n = Match(sizes, name) ?? throw file.Error(row, model, $"'{name}' matches no model_name in {Metadata}");
            rows.Add(DatasetRows.Row(n, file.Number(row, step) * 1e9, loss, "GPT-3 " + name, "GPT-3", double.NaN, row.Number));
        }
        return DatasetRows.Table(Info, rows,
            $"kept the {rows.Count} rows with val_loss (left out {file.Rows.Count - rows.Count} train_loss rows); tokens = step × 1e9");
    }

    private static List<(string Name, double Params)> Sizes(DatasetFile metadata)
    {
        var (name, parameters) = (metadata.Column("model_name"), metadata.Column("num_params"));
        return [.. metadata.Rows.Select(row => (metadata.Text(row, name), metadata.Size(row, parameters)))];
    }

    // ColPret's rule: the metadata row whose model_name contains the curve's model name, ignoring case.
    private static double? Match(List<(string Name, double Params)> sizes, string model)
    {
        var matches = sizes.Where(s => s.Name.Contains(model, StringComparison.OrdinalIgnoreCase)).ToList();
        return model.Length > 0 && matches.Count == 1 ? matches[0].Params : null;
    }
}
