using ScalingLaws.Laws;
using ScalingLaws.Prediction;

namespace ScalingLaws.IO.Curves;

/// <summary>Reads and writes <see cref="CurveLawDocument"/>s; writing is atomic (temporary file, then rename).</summary>
public static class CurveLawFile
{
    private const string Writer = "'scaling curve fit FILE --out LAW.json'";

    private const string Remedy = "write one with " + Writer;

    private static CurveLaw Find(string name, string path)
    {
        try
        {
            return CurveLawCatalog.Find(name);
        }
        catch (ScalingLawsException e)
        {
            throw new ScalingLawsException(SavedLawKind.ReaderOf(name) is { } reader ? $"{path}: not a curve-law file: {reader}." : $"{path}: not a curve-law file: {e.Message}");
        }
    }

    /// <summary>Writes the document to <paramref name="path"/> whole or not at all.</summary>
    public static void Write(string path, CurveLawDocument document) => AtomicFile.WriteJson(path, DocumentJson.Serialize(document, LawFile.JsonOptions) + "\n");

    /// <summary>
    /// The law, its values in the law's order, and what its predictive intervals need (null for a file
    /// written before curve-law files carried it: its predictions have no intervals).
    /// </summary>
    public static (CurveLaw Law, double[] Values, PredictiveModel? Predictive) Read(string path)
    {
        var text = InputFile.ReadAllText(path, "a curve-law file (.json) written by 'scaling curve fit --out'");
        // JSON null reads as no document: the same error as JSON that does not read.
        var document = LawFile.ReadDocument<CurveLawDocument>(path, text, "a curve-law file", Writer)
            ?? throw new ScalingLawsException($"{path}: not a curve-law file (not valid JSON); {Remedy}.");
        DocumentVersion.Check(path, "a curve-law file", document.Version, CurveLawDocument.CurrentVersion, "write it again with " + Writer);
        if (document.Law is null || document.Params is null)
            throw new ScalingLawsException($"{path}: not a curve-law file (no law or params); {Remedy}.");
        var law = Find(document.Law, path);
        foreach (var key in document.Params.Keys.Where(k => !law.Parameters.Any(p => p.Name == k)))
            throw new ScalingLawsException($"{path}: unknown parameter '{key}' for the {law.Name} law; its parameters are {string.Join(", ", law.Parameters.Select(p => p.Name))}.");
        var values = law.Parameters.Select((p, j) => document.Params.TryGetValue(p.Name, out var v) && double.IsFinite(v)
            ? Held(law, j) ? LawDomain.Check(p, v, path) : v
            : throw new ScalingLawsException($"{path}: the {law.Name} law needs parameter '{p.Name}' as a number, which is missing.")).ToArray();
        return (law, values, LawFile.Predictive(document.Extrapolation, [Field.Step], law.ParameterCount, path, Writer));
    }

    /// <summary>
    /// The first of <paramref name="values"/> outside the domain <see cref="Read"/> holds a curve-law file to, in words, or
    /// null: a fit that returns one (an exponent below 0 for a loss that rises) is not saved, since no reader would take it.
    /// </summary>
    public static string? OutsideDomain(CurveLaw law, IReadOnlyList<double> values) =>
        law.Parameters.Select((p, j) => Held(law, j) ? LawDomain.Problem(p, values[j]) : null).FirstOrDefault(problem => problem is not null);

    // Constants (fitted on the log scale) and exponents get the scaling laws' domain, as --fix does (an alpha of -3 edited in
    // predicts losses of 1e11); a signed coefficient (the annealing law's C) only finiteness.
    private static bool Held(CurveLaw law, int index) => law.Parameters[index].Scale == ParameterScale.Log || law.IsExponent(index);
}
