using System.Collections.Immutable;
using System.Text.Json;
using ScalingLaws.Fitting;
using ScalingLaws.IO.Json;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.IO.LawFiles;

/// <summary>Reads and writes <see cref="LawDocument"/>s; writing is atomic (temporary file, then rename).</summary>
public static class LawFile
{
    // The command that writes a law file, named in every refusal of one.
    private const string Writer = "'scaling fit DATA --out FIT.json'";

    /// <summary>The JSON options every law file is written and read with (camelCase, indented; this project's generated metadata, <see cref="IoJsonContext"/>).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = DocumentJson.Options(IoJsonContext.Default);

    /// <summary>The document as indented JSON.</summary>
    public static string Serialize(LawDocument document) => DocumentJson.Serialize(document, JsonOptions);

    /// <summary>Writes the document to <paramref name="path"/> whole or not at all.</summary>
    public static void Write(string path, LawDocument document) => AtomicFile.WriteJson(path, Serialize(document) + "\n");

    // Reading refuses a key given twice, which the writer never does and which would otherwise keep the last silently.
    private static JsonSerializerOptions ReadOptions { get; } = new(JsonOptions) { AllowDuplicateProperties = false };

    /// <summary>Reads and checks a law file; a bad file is one error naming the file and what is wrong.</summary>
    public static LawDocument Read(string path)
    {
        var text = InputFile.ReadAllText(path, "a law file (.json) written by 'scaling fit --out'");
        if (string.IsNullOrWhiteSpace(text))
            throw new ScalingLawsException($"{path}: the law file is empty; write one with {Writer}.");
        var document = ReadDocument<LawDocument>(path, text, "a law file", Writer);
        // The version first: a newer file may have moved the fields checked below.
        if (document is not null)
            DocumentVersion.Check(path, "a law file", document.Version, LawDocument.CurrentVersion, $"write it again with {Writer}");
        if (document?.Law is null || document.Params is null)
            throw new ScalingLawsException($"{path}: not a law file (it needs 'law' and 'params'); write one with {Writer}.");
        return document;
    }

    /// <summary>
    /// The <typeparamref name="T"/> in <paramref name="text"/>, the contents of <paramref name="path"/>, with a key given
    /// twice refused; JSON that does not read is one error, "PATH: not KIND (what is wrong); write one with WRITER.", and
    /// JSON that stops before it closes says the file looks cut short and to write it again with <paramref name="writer"/>,
    /// the command that writes the file. Every saved law (loss, curve, accuracy) is read through it.
    /// </summary>
    internal static T? ReadDocument<T>(string path, string text, string kind, string writer)
    {
        try
        {
            return DocumentJson.Deserialize<T>(text, ReadOptions);
        }
        catch (JsonException e)
        {
            throw new ScalingLawsException(JsonProblem.CutShort(e, text) is { } end
                ? $"{path}: not {kind} as it stands: {end}, so the file looks cut short (a copy or a save that stopped part way); write it again with {writer}."
                : TableHeader(text) is { } header
                ? $"{path}: not {kind}: the file is a table (its first line is '{DataFileException.Shorten(header)}'), not JSON; write the law from the table with {writer}, and give that file."
                : $"{path}: not {kind} ({JsonProblem.Describe(e, text)}); write one with {writer}.");
        }
    }

    // A table of runs or a loss curve given where its law belongs (before: "not valid JSON at line 1, character 1"): a first
    // line with no JSON opening and a delimiter between names.
    private static string? TableHeader(string text)
    {
        var first = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').Split('\n', 2)[0].TrimEnd('\r');
        return first.Length > 0 && first[0] is not ('{' or '[' or '"') && first.IndexOfAny([',', '\t', ';']) > 0 ? first : null;
    }

    /// <summary>The law, its values in law order, and the bootstrap samples if the file has them; values outside the law's domain are refused.</summary>
    public static (ScalingLaw Law, double[] Values, BootstrapResult? Bootstrap) Open(LawDocument document, string source)
    {
        var input = document.X is null ? Field.Params : ParseInput(document.X, source);
        var law = Law(document.Law, input, source);
        foreach (var key in document.Params.Keys.Where(k => law.IndexOf(k) < 0))
            throw new ScalingLawsException($"{source}: unknown parameter '{key}' for the {law.Name} law; its parameters are {Names(law)}.");
        var values = law.Parameters.Select((p, j) => Value(document.Params, j, law, source)).ToArray();
        var bootstrap = document.Bootstrap is { Samples.Length: > 0 } b
            ? new BootstrapResult(law, b.Resamples, b.Seed, [.. b.Samples.Select((s, i) => CheckSample(s, i, law, source).ToImmutableArray())])
            : null;
        return (law, values, bootstrap);
    }

    // A name in another case ('e' for E) is the parameter, as --law-spec reads it; in two cases it is given twice.
    private static double Value(Dictionary<string, double> given, int index, ScalingLaw law, string source)
    {
        var parameter = law.Parameters[index];
        return given.Keys.Where(k => law.IndexOf(k) == index).ToList() switch
        {
            [var key] => LawDomain.Check(parameter, given[key], source),
            [] => throw new ScalingLawsException($"{source}: the {law.Name} law needs parameter '{parameter.Name}', which is missing."),
            var keys => throw new ScalingLawsException($"{source}: {parameter.Name} is given {keys.Count} times ({string.Join(", ", keys.Select(k => $"'{k}'"))}); give each parameter once."),
        };
    }

    private static string Names(ScalingLaw law) => string.Join(", ", law.Parameters.Select(p => p.Name));

    // A sample must hold one finite value per parameter, each in the law's domain (a hand-edited -5 would skew every interval silently).
    private static double[] CheckSample(double[]? sample, int index, ScalingLaw law, string source) =>
        sample is not null && sample.Length == law.ParameterCount && sample.All(double.IsFinite)
            ? [.. law.Parameters.Select((p, j) => LawDomain.Check(p, sample[j], $"{source}, bootstrap sample {index + 1}"))]
            : throw new ScalingLawsException($"{source}: bootstrap sample {index + 1} should hold {law.ParameterCount} finite numbers ({Names(law)}) but holds {sample?.Length ?? 0} values{(sample is not null && sample.Length == law.ParameterCount ? ", not all finite" : "")}; refit with --bootstrap, or remove the bootstrap block.");

    /// <summary>
    /// Refuses a law file whose recorded fit is not usable (it stopped at its iteration limit, or no start converged: the
    /// parameters are not a minimum) or whose status is not one a fit writes (in any case, as the law's name is read); a file without a status (written by hand) is read.
    /// </summary>
    public static LawDocument RequireUsable(LawDocument document, string source)
    {
        if (document.Status is not { } name)
            return document;
        var status = Enum.GetValues<FitStatus>().Where(s => string.Equals(FitDiagnosticText.Name(s), name.Trim(), StringComparison.OrdinalIgnoreCase)).Cast<FitStatus?>().FirstOrDefault()
            ?? throw new ScalingLawsException($"{source}: status '{name}' is not one a fit writes ({string.Join(", ", Enum.GetValues<FitStatus>().Select(FitDiagnosticText.Name))}); remove it or refit with {Writer}.");
        if (!status.IsUsable())
            throw new ScalingLawsException($"{source}: the fit saved in this file did not converge (status {name.Trim()}): its parameters are not a minimum, so nothing is predicted from them; refit (more starts, --fix or fewer free parameters) and save again.");
        return document;
    }

    /// <summary>The predictive model a law file carries, or null for law files written before it existed (or laws given by value).</summary>
    public static PredictiveModel? OpenPredictive(LawDocument document, ScalingLaw law, string source) =>
        Predictive(document.Extrapolation, law.Inputs, law.ParameterCount, source, Writer);

    /// <summary>
    /// The model an extrapolation block holds for <paramref name="inputs"/>, or null without a block; a block without
    /// ranges (edited by hand: '{}' or ranges deleted), which every interval needs, is refused naming the file and
    /// <paramref name="writer"/>, the command that writes it whole.
    /// </summary>
    internal static PredictiveModel? Predictive(ExtrapolationDocument? block, IReadOnlyList<Field> inputs, int parameters, string source, string writer) =>
        block is { Ranges: null }
            ? throw new ScalingLawsException($"{source}: the extrapolation block has no ranges (the span of the data the law was fitted on, from which its intervals are measured); write the file again with {writer}, or remove the block.")
            : block?.ToModel(inputs, parameters, source);

    // The law a file names, spaces around the name forgiven as case is; an unknown one is refused naming the file.
    private static ScalingLaw Law(string name, Field input, string source)
    {
        try
        {
            return LawCatalog.Create(name.Trim(), input);
        }
        catch (ScalingLawsException e)
        {
            throw new ScalingLawsException(SavedLawKind.ReaderOf(name) is { } reader ? $"{source}: not a law of size and data: {reader}." : $"{source}: {e.Message}");
        }
    }

    private static Field ParseInput(string x, string source) => FieldNames.Find(x) is { } field
        ? field
        : throw new ScalingLawsException($"{source}: x = '{x}' is not params, tokens or flops.");
}
