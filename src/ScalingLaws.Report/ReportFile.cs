using ScalingLaws.IO.LawFiles;

namespace ScalingLaws.Report;

/// <summary>Writes a report page whole or not at all (a temporary file beside it, then a rename).</summary>
public static class ReportFile
{
    /// <summary>Writes the page; the command checked the name (<see cref="AtomicFile.CheckTarget"/>) before the work.</summary>
    public static void Write(string path, string html) => AtomicFile.WriteAllText(path, html);
}
