using System.Collections.Immutable;
using ScalingLaws.Downstream;
using ScalingLaws.Laws;

namespace ScalingLaws.IO.Downstream;

/// <summary>Reads and writes <see cref="AccuracyLawDocument"/>s; writing is atomic (temporary file, then rename).</summary>
public static class AccuracyLawFile
{
    private const string Writer = "'scaling downstream fit FILE --task NAME --out TASK.json'";

    private const string Remedy = "write one with " + Writer;

    /// <summary>A document as indented JSON with the law files' naming.</summary>
    public static string Serialize(AccuracyLawDocument document) => DocumentJson.Serialize(document, LawFile.JsonOptions);

    /// <summary>Writes the document to <paramref name="path"/> whole or not at all.</summary>
    public static void Write(string path, AccuracyLawDocument document) => AtomicFile.WriteJson(path, Serialize(document) + "\n");

    /// <summary>The fitted accuracy law the file holds, with what its intervals need.</summary>
    public static AccuracyFit Read(string path)
    {
        var text = InputFile.ReadAllText(path, "an accuracy-law file (.json) written by 'scaling downstream fit --out'");
        var document = LawFile.ReadDocument<AccuracyLawDocument>(path, text, "an accuracy-law file", Writer);
        if (document is not null)
            DocumentVersion.Check(path, "an accuracy-law file", document.Version, AccuracyLawDocument.CurrentVersion, Remedy);
        if (document is { Law: { } other } && !Enum.TryParse<AccuracyForm>(other.Trim(), ignoreCase: true, out _) && SavedLawKind.ReaderOf(other) is { } reader)
            throw new ScalingLawsException($"{path}: not an accuracy-law file: {reader}.");
        if (document is not { Kind: "downstream", Law: not null, Params: not null, Chance: { } chance, Task: not null })
            throw new ScalingLawsException($"{path}: not an accuracy-law file (it needs kind 'downstream', task, chance, law and params); {Remedy}.");
        var law = AccuracyLaw.Of(AccuracyLaw.Parse(document.Law));
        var values = law.Parameters.Select(p => document.Params.TryGetValue(p.Name, out var v) && double.IsFinite(v)
            ? v
            : throw new ScalingLawsException($"{path}: the {law.Name} law needs parameter '{p.Name}' as a number, which is missing; {Remedy}.")).ToImmutableArray();
        CheckDomain(law, values, chance, document.Scatter, path);
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

    private static double[,] Covariance(double[][]? rows, int k, string path) =>
        rows is null ? new double[k, k]
        : StoredCovariance.Problem(rows, k) is { } problem ? throw new ScalingLawsException($"{path}: the covariance {problem}; {Remedy}.")
        : StoredCovariance.Matrix(rows);

    // A hand-edited value outside what a fit can give predicts accuracies above 1, below chance or not numbers at all:
    // the chance level in [0, 1), each parameter where the law holds it for that chance level, positive log-scale parameters.
    private static void CheckDomain(AccuracyLaw law, ImmutableArray<double> values, double chance, double? scatter, string path)
    {
        if (!(chance is >= 0 and < 1))
            throw new ScalingLawsException($"{path}: chance level {Text(chance)} is outside [0, 1); a chance level is an accuracy, e.g. 0.25 for four choices; {Remedy}.");
        var held = law.Constraints(chance);
        foreach (var (parameter, value) in law.Parameters.Zip(values))
        {
            var problem = held.Fixed.TryGetValue(parameter.Name, out var fixedAt) && Math.Abs(value - fixedAt) > 1e-9
                ? $"the law holds it at the task's chance level {Text(fixedAt)}"
                : held.Bounds.TryGetValue(parameter.Name, out var bounds) && !(value >= bounds.Lower - 1e-9 && value <= bounds.Upper + 1e-9)
                    ? $"the law keeps it between {Text(bounds.Lower)} and {Text(bounds.Upper)}"
                    : parameter.Scale == ParameterScale.Log && !(value > 0) ? "it must be positive" : null;
            if (problem is not null)
                throw new ScalingLawsException($"{path}: {parameter.Name} = {Text(value)} is outside the {law.Name} law's domain: {problem}; {Remedy}.");
        }
        if (scatter is { } s && !(s >= 0))
            throw new ScalingLawsException($"{path}: scatter {Text(s)} is negative, which no fit gives; {Remedy}.");
    }

    private static string Text(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
