using ScalingLaws.Planning.Hyperparameters;

namespace ScalingLaws.IO;

/// <summary>
/// A learning-rate and batch-size sweep: a table of runs (params, tokens and loss as any runs table) with the peak
/// learning rate in an <c>lr</c> column and the batch in tokens in a <c>batch_tokens</c> column. A <c>peak_lr</c> column
/// is read before <c>lr</c>: in a study's results.csv, <c>lr</c> is the rate at the last step (after the decay).
/// </summary>
public static class SweepReader
{
    /// <summary>Names of the learning-rate, peak learning-rate and batch-size (tokens) columns.</summary>
    public const string LearningRateColumn = "lr", PeakLearningRateColumn = "peak_lr", BatchColumn = "batch_tokens";

    /// <summary>Reads a hyperparameter sweep table (the usual columns plus lr and batch_tokens) into one run per row.</summary>
    public static IReadOnlyList<SweepRun> Read(string path)
    {
        var table = TableReader.Read(path);
        var peak = table.Extra.Keys.Any(k => string.Equals(k.Trim(), PeakLearningRateColumn, StringComparison.OrdinalIgnoreCase));
        var (lr, batch) = (Column(table.Extra, peak ? PeakLearningRateColumn : LearningRateColumn, path), Column(table.Extra, BatchColumn, path));
        return [.. table.Rows.Select((row, i) => new SweepRun(
            row.Params, row.Tokens, Positive(lr.Values[i], path, row.SourceRow, lr.Header), Positive(batch.Values[i], path, row.SourceRow, batch.Header), row.Loss))];
    }

    /// <summary>Reads the sweep at <paramref name="path"/> and fits its laws; a sweep no law fits is refused naming the file.</summary>
    public static HyperparameterSweepFit Fit(string path, int resamples, int seed)
    {
        var runs = Read(path);
        try
        {
            return HyperparameterSweepFit.Of(runs, resamples, seed);
        }
        catch (ScalingLawsException e)
        {
            throw new ScalingLawsException($"{path}: {e.Message}");
        }
    }

    private static (string Header, IReadOnlyList<string> Values) Column(IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>> extra, string name, string path)
    {
        var header = extra.Keys.FirstOrDefault(k => string.Equals(k.Trim(), name, StringComparison.OrdinalIgnoreCase))
            ?? throw new DataFileException(path, $"a sweep needs a '{name}' column ({(name == LearningRateColumn ? "the peak learning rate" : "the batch size in tokens")})", extra.Count == 0 ? "add it; the file has no column besides params, tokens and loss" : $"add it; the columns are {string.Join(", ", extra.Keys)} besides params, tokens and loss");
        return (header, extra[header]);
    }

    private static double Positive(string text, string path, int row, string column) =>
        Quantity.TryParse(text, out var value) && value > 0 && double.IsFinite(value)
            ? value
            : throw new DataFileException(path, $"'{DataFileException.Shorten(text)}' is not a positive number", "fix or remove the row", row, column);
}
