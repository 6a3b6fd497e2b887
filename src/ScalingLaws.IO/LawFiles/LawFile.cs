using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using ScalingLaws.Data;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.IO.LawFiles;

/// <summary>Reads and writes <see cref="LawDocument"/>s; writing is atomic (temporary file, then rename).</summary>
public static class LawFile
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // readable '+' and 'ρ'; output is never embedded in HTML
        Converters = { new NonFiniteAsNullConverter() },
    };

    public static string Serialize(LawDocument document) => JsonSerializer.Serialize(document, JsonOptions);

    public static void Write(string path, LawDocument document) => AtomicFile.WriteJson(path, Serialize(document) + "\n");

    public static LawDocument Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScalingLawsException($"{path}: cannot read the law file ({e.Message}); check the path.");
        }
        try
        {
            return JsonSerializer.Deserialize<LawDocument>(text, JsonOptions)
                ?? throw new ScalingLawsException($"{path}: the law file is empty; write one with 'scaling fit DATA --out FIT.json'.");
        }
        catch (JsonException e)
        {
            throw new ScalingLawsException($"{path}: not a law file ({e.Message.Split('\n')[0]}); write one with 'scaling fit DATA --out FIT.json'.");
        }
    }

    /// <summary>The law, its values in law order, and the bootstrap samples if the file has them.</summary>
    public static (ScalingLaw Law, double[] Values, BootstrapResult? Bootstrap) Open(LawDocument document, string source)
    {
        var input = document.X is null ? Field.Params : ParseInput(document.X, source);
        var law = LawCatalog.Create(document.Law, input);
        var values = law.Parameters.Select(p => document.Params.TryGetValue(p.Name, out var v)
            ? v
            : throw new ScalingLawsException($"{source}: the {law.Name} law needs parameter '{p.Name}', which is missing.")).ToArray();
        var bootstrap = document.Bootstrap is { Samples.Length: > 0 } b
            ? new BootstrapResult(law, b.Resamples, b.Seed, [.. b.Samples.Select(s => s.ToImmutableArray())])
            : null;
        return (law, values, bootstrap);
    }

    /// <summary>The predictive model a law file carries, or null for law files written before it existed (or laws given by value).</summary>
    public static PredictiveModel? OpenPredictive(LawDocument document, ScalingLaw law, string source) =>
        document.Extrapolation?.ToModel(law.Inputs, source);

    private static Field ParseInput(string x, string source) => FieldNames.Find(x) is { } field
        ? field
        : throw new ScalingLawsException($"{source}: x = '{x}' is not params, tokens or flops.");
}
