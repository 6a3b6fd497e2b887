using ScalingLaws.Downstream;
using ScalingLaws.Laws;

namespace ScalingLaws.IO.LawFiles;

/// <summary>
/// Which command reads a saved law of a given name: a law file handed to the wrong command (an accuracy law to
/// <c>predict</c>, a scaling law to <c>curve predict</c>) is refused naming the command that reads it.
/// </summary>
internal static class SavedLawKind
{
    /// <summary>"'sigmoid' is an accuracy law: give the file to …" for a law some command reads, or null when none does.</summary>
    public static string? ReaderOf(string name)
    {
        var law = name.Trim();
        if (Enum.TryParse<AccuracyForm>(law, ignoreCase: true, out _) && !int.TryParse(law, out _))
            return $"'{law}' is an accuracy law: give the file to 'scaling downstream predict --law-file'";
        if (CurveLawCatalog.Names.Contains(law, StringComparer.OrdinalIgnoreCase))
            return $"'{law}' is a loss-curve law: give the file to 'scaling curve predict --law-file'";
        return LawCatalog.Names.Contains(law, StringComparer.OrdinalIgnoreCase)
            ? $"'{law}' is a law of size and data: give the file to 'scaling predict --law-file' or 'scaling optimal --law-file'"
            : null;
    }
}
