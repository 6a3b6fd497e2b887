namespace ScalingLaws.IO;

/// <summary>
/// The format version every document this program writes and reads back carries (law files, curve-law and
/// accuracy-law files, study manifests, run logs). A document without one was written before versions existed and
/// is read as version 1; a version this build does not know is refused in one line rather than half-read.
/// </summary>
public static class DocumentVersion
{
    /// <summary>The version of a document that states none: every file written before versions existed.</summary>
    public const int Unstated = 1;

    /// <summary>Refuses <paramref name="found"/> unless it is between 1 and <paramref name="newest"/>.</summary>
    /// <param name="kind">What the document is, with its article (&quot;a law file&quot;).</param>
    /// <param name="remedy">How to write the document again with this build.</param>
    public static void Check(string path, string kind, int found, int newest, string remedy)
    {
        if (found >= Unstated && found <= newest)
            return;
        var reads = newest == Unstated ? $"version {Unstated}" : $"versions {Unstated} to {newest}";
        var action = found > newest ? $"update scaling to read it, or {remedy} using this build" : remedy;
        throw new DataFileException(path, $"{kind} of format version {found}, but this build of scaling reads {reads}", action);
    }
}
