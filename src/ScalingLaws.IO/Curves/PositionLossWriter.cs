using System.Text;
using System.Text.Json;
using ScalingLaws.IO.Json;
using ScalingLaws.Temporal;

namespace ScalingLaws.IO.Curves;

/// <summary>
/// Writes per-position losses in the formats <see cref="PositionLossReader"/> reads, chosen by
/// extension: a wide CSV/TSV or JSON Lines with a positions array. Whole or not at all.
/// </summary>
public static class PositionLossWriter
{
    /// <summary>Writes one run's per-position losses to <paramref name="path"/> (CSV, TSV or JSON Lines by extension), whole or not at all.</summary>
    public static void Write(string path, PositionLosses run)
    {
        var text = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => Wide(run, ','),
            ".tsv" => Wide(run, '\t'),
            ".jsonl" or ".ndjson" => JsonLines(run),
            var extension => throw new ScalingLawsException($"{path}: unknown file type '{extension}'; use .csv, .tsv or .jsonl."),
        };
        AtomicFile.WriteAllText(path, text);
    }

    private static string Wide(PositionLosses run, char delimiter)
    {
        var text = new DelimitedText(delimiter);
        text.Row(new[] { "run", "step", "tokens", "lr", "loss" }.Where(h => h != "lr" || run.HasLearningRate)
            .Concat(Enumerable.Range(1, run.PositionCount).Select(i => $"pos_{i}")));
        foreach (var c in run.Checkpoints)
        {
            var cells = new List<string> { run.Run, DelimitedText.Number(c.Step), DelimitedText.Number(c.Tokens) };
            if (run.HasLearningRate)
                cells.Add(DelimitedText.Number(c.LearningRate!.Value));
            cells.Add(Loss(c.SequenceLoss));
            cells.AddRange(c.Losses.Select(Loss));
            text.Row(cells);
        }
        return text.ToString();
    }

    private static string JsonLines(PositionLosses run)
    {
        var text = new StringBuilder();
        foreach (var c in run.Checkpoints)
        {
            var line = new PositionLine(run.Run, c.Step, c.Tokens, c.LearningRate, Round(c.SequenceLoss), [.. c.Losses.Select(Round)]);
            text.Append(JsonSerializer.Serialize(line, LineJson.PositionLine)).Append('\n');
        }
        return text.ToString();
    }

    // One compact line per checkpoint, keys as written (camelCase), characters escaped as System.Text.Json's default.
    private static IoJsonContext LineJson { get; } = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });

    // Six significant digits: far below any evaluation's noise, and a file a third the size of round-trip digits.
    private static string Loss(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static double Round(double value) => double.Parse(Loss(value), CultureInfo.InvariantCulture);
}
