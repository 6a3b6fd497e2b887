using ScalingLaws.IO.Trackers;

namespace ScalingLaws.IO.TensorBoard;

/// <summary>
/// Reads TensorBoard event files (<c>events.out.tfevents.*</c>): one file, <c>-</c> (standard input), a run folder,
/// or a tree of run folders. Each folder holding event files is one run, named by its path under the folder read; its
/// files are read in name order (their names start with the time they were opened) and their scalars merged.
/// </summary>
internal static class TensorBoardReader
{
    private const string Expected = "a TensorBoard event file (events.out.tfevents.*) or a run folder";

    /// <summary>Every run under <paramref name="path"/> with its scalars by tag and step.</summary>
    public static IReadOnlyList<TrackerRun> Read(string path)
    {
        if (!Directory.Exists(path))
        {
            var run = new TrackerRun(RunName(path), path);
            ReadFile(path, run);
            return [run];
        }
        var files = Directory.EnumerateFiles(path, "*tfevents*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new DataFileException(path, "the folder holds no TensorBoard event file (events.out.tfevents.*)", "give a run folder, a folder of run folders, or an event file");
        var runs = new List<TrackerRun>();
        foreach (var folder in files.GroupBy(f => Path.GetDirectoryName(f)!))
        {
            var relative = Path.GetRelativePath(path, folder.Key);
            var run = new TrackerRun(relative == "." ? Path.GetFileName(Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar)) : relative, folder.Key);
            foreach (var file in folder)
                ReadFile(file, run);
            runs.Add(run);
        }
        return runs;
    }

    // An event file given alone is named by its folder, as TensorBoard names runs.
    private static string RunName(string path) => InputFile.IsStandardInput(path)
        ? "stdin"
        : Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) is { Length: > 0 } folder ? folder : Path.GetFileName(path);

    private static void ReadFile(string path, TrackerRun run)
    {
        var bytes = InputFile.ReadAllBytes(path, Expected);
        var index = 0;
        foreach (var record in TfRecord.Read(bytes, path))
        {
            index++;
            (long Step, List<(string Tag, double Value)> Values) scalars;
            try
            {
                scalars = EventScalars.Read(record.Span);
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                throw new DataFileException(path, $"record {index} is not a TensorBoard Event message ({e.Message})", "give an event file written by TensorBoard, tensorboardX or PyTorch's SummaryWriter");
            }
            foreach (var (tag, value) in scalars.Values)
                run.Log(tag, scalars.Step, value);
        }
    }
}
