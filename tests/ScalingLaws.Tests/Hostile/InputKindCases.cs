namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// What every reader is given instead of a file: a FIFO and a character device (which would block or never end), a socket,
/// a folder, an empty name and <c>-</c> with nothing on standard input. Each is refused at once, without a hang.
/// </summary>
internal static class InputKindCases
{
    public static IEnumerable<HostileCase> Write(string folder)
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(folder, "input-fifo.csv"));
        var socket = SpecialFiles.Socket(Path.Combine(folder, "input-sock.csv"));
        var directory = SpecialFiles.Folder(Path.Combine(folder, "input-folder.csv"));
        var fifoJson = SpecialFiles.Fifo(Path.Combine(folder, "input-fifo.json"));
        var curve = Path.Combine(folder, "input-curve.csv");
        File.WriteAllText(curve, "step,loss\n100,3.2\n200,3.0\n400,2.9\n800,2.8\n");
        var readers = new (string Name, Func<string, string[]> Args)[]
        {
            ("fit", f => ["fit", f]),
            ("curve fit", f => ["curve", "fit", f, "--law", "power"]),
            ("curve positions", f => ["curve", "positions", f]),
            ("predict --law-file", f => ["predict", "--law-file", f, "--params", "1e9", "--tokens", "2e10"]),
            ("curve predict --law-file", f => ["curve", "predict", curve, "--law-file", f]),
            ("study summarize", f => ["study", "summarize", f]),
            ("study run --corpus", f => ["study", "run", "--params", "50K", "--tokens", "1M", "--quiet", "--corpus", f, "--out", Path.Combine(folder, "never-made")]),
        };
        foreach (var (name, args) in readers)
        {
            var json = name.Contains("law-file");
            yield return HostileCase.Refused($"{name} a FIFO", "FIFO", args(json ? fifoJson : fifo));
            yield return HostileCase.Refused($"{name} /dev/zero", "/dev/zero", args("/dev/zero"));
            yield return HostileCase.Refused($"{name} /dev/null", "/dev/null", args("/dev/null"));
            yield return HostileCase.Refused($"{name} an empty name", "empty", args(""));
            if (!name.StartsWith("study", StringComparison.Ordinal))
            {
                yield return HostileCase.Refused($"{name} a socket", "socket", args(socket));
                yield return HostileCase.Refused($"{name} a folder", directory, args(directory));
                yield return HostileCase.Refused($"{name} empty standard input", "-", args("-"));
            }
        }
    }
}
