using System.Collections.Immutable;
using ScalingLaws.Downstream;

namespace ScalingLaws.IO.Downstream;

/// <summary>Reads and writes <see cref="AccuracyLawDocument"/>s; writing is atomic (temporary file, then rename).</summary>
public static class AccuracyLawFile
{
    private const string Remedy = "write one with 'scaling downstream fit FILE --task NAME --out TASK.json'";

    /// <summary>A document as indented JSON with the law files' naming.</summary>
    public static string Serialize(AccuracyLawDocument document) => DocumentJson.Serialize(document, LawFile.JsonOptions);

    /// <summary>Writes the document to <paramref name="path"/> whole or not at all.</summary>
    public static void Write(string path, AccuracyLawDocument document) => AtomicFile.WriteJson(path, Serialize(document) + "\n");

    /// <summary>The fitted accuracy law the file holds, with what its intervals need.</summary>
    public static AccuracyFit Read(string path)
    {
        var text = InputFile.ReadAllText(path, "an accuracy-law file (.json) written by 'scaling downstream fit --out'");
        var document = LawFile.ReadDocument<AccuracyLawDocument>(path, text, "an accuracy-law file", Remedy);
        if (document is not null)
            DocumentVersion.Check(path, "an accuracy-law file", document.Version, AccuracyLawDocument.CurrentVersion, Remedy);
        if (document is not { Kind: "downstream", Law: not null, Params: not null, Chance: { } chance, Task: not null })
            throw new ScalingLawsException($"{path}: not an accuracy-law file (it needs kind 'downstream', task, chance, law and params); {Remedy}.");
        var law = AccuracyLaw.Of(AccuracyLaw.Parse(document.Law));
        var values = law.Parameters.Select(p => document.Params.TryGetValue(p.Name, out var v) && double.IsFinite(v)
            ? v
            : throw new ScalingLawsException($"{path}: the {law.Name} law needs parameter '{p.Name}' as a number, which is missing; {Remedy}.")).ToImmutableArray();
        return new AccuracyFit
        {
            Law = law,
            Task = document.Task,
            Metric = document.Metric ?? "acc",
            Chance = chance,
            LossName = document.Loss,
            Values = values,
            Covariance = Covariance(document.Covariance, law.Parameters.Length, path),
            Scatter = document.Scatter ?? 0,
            InputMin = document.InputRange is [var min, _] ? min : double.NaN,
            InputMax = document.InputRange is [_, var max] ? max : double.NaN,
            Rows = document.Rows,
            Verdict = document.Predictable ? null : new RecordedVerdict(document.Verdict ?? "not predictable"),
        };
    }

    private static double[,] Covariance(double[][]? rows, int k, string path)
    {
        var covariance = new double[k, k];
        if (rows is null)
            return covariance;
        if (rows.Length != k || rows.Any(r => r.Length != k || r.Any(v => !double.IsFinite(v))))
            throw new ScalingLawsException($"{path}: the covariance must be {k} × {k} finite numbers; {Remedy}.");
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
                covariance[a, b] = rows[a][b];
        }
        return covariance;
    }
}
