using ScalingLaws.IO.LawFiles;

namespace ScalingLaws.Report;

/// <summary>Writes a report page whole or not at all (a temporary file beside it, then a rename).</summary>
public static class ReportFile
{
    /// <summary>Rejects a name the page should not be saved under, before any work is done.</summary>
    public static void Check(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".html" or ".htm"))
            throw new ScalingLawsException($"--out {path}: a report is an HTML page; name it with .html, e.g. --out report.html.");
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
            throw new ScalingLawsException($"--out {path}: there is no folder {folder}; create it or choose another path.");
    }

    public static void Write(string path, string html)
    {
        Check(path);
        AtomicFile.WriteAllText(path, html);
    }
}
