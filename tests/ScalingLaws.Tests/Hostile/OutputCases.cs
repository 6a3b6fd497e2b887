namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// Every command that writes, pointed at what it must never write over: what it reads (directly or through a link), a folder,
/// a device, a FIFO, a socket, a read-only file, a missing folder, an empty name, '-' or a name that says another format.
/// </summary>
internal static class OutputCases
{
    public static IEnumerable<HostileCase> Write(string folder)
    {
        var runs = Path.Combine(folder, "out-runs.csv");
        File.WriteAllText(runs, "params,tokens,loss\n1e8,2e9,3.9\n2e8,2e9,3.7\n4e8,2e9,3.55\n1e8,8e9,3.6\n2e8,8e9,3.4\n4e8,8e9,3.25\n8e8,8e9,3.15\n8e8,2e9,3.45\n");
        var curve = Path.Combine(folder, "out-curve.csv");
        File.WriteAllText(curve, "step,loss\n100,3.2\n200,3.0\n400,2.9\n800,2.8\n1600,2.75\n");
        var writers = new (string Name, string[] Args, string Extension, string? Input, bool Forceable)[]
        {
            ("fit", ["fit", runs], ".json", runs, true),
            ("curve-fit", ["curve", "fit", curve, "--law", "power"], ".json", curve, true),
            ("plot", ["plot", "fit", runs], ".png", runs, false),
            ("report", ["report", runs], ".html", runs, true),
            ("synth", ["curve", "synth"], ".csv", null, false),
        };
        foreach (var (name, args, extension, input, forceable) in writers)
        {
            HostileCase Refused(string what, string target, string names, params string[] extra) =>
                HostileCase.Refused($"{name} --out {what}", names, [.. args, "--out", target, .. extra]);

            if (input is not null)
            {
                yield return Refused("its input", input, "which the command reads");
                if (forceable)
                    yield return Refused("its input, forced", input, "which the command reads", "--force");
                yield return Refused("a link to its input", SpecialFiles.Link(Path.Combine(folder, $"link-{name}{extension}"), input), "which the command reads");
            }
            yield return Refused("a folder", SpecialFiles.Folder(Path.Combine(folder, $"folder-{name}{extension}")), "directory");
            yield return Refused("/dev/null", "/dev/null", "device");
            yield return Refused("/dev/full", "/dev/full", "device");
            yield return Refused("a FIFO", SpecialFiles.Fifo(Path.Combine(folder, $"fifo-{name}{extension}")), "FIFO");
            yield return Refused("a socket", SpecialFiles.Socket(Path.Combine(folder, $"sock-{name}{extension}")), "socket");
            yield return Refused("a read-only file", SpecialFiles.ReadOnly(Path.Combine(folder, $"readonly-{name}{extension}"), "keep me"), "read-only");
            yield return Refused("a missing folder", Path.Combine(folder, "no-such-folder", $"x{extension}"), "no folder");
            yield return Refused("an empty name", "", "--out");
            yield return Refused("another format", Path.Combine(folder, $"wrong-{name}.txt"), "ending in");
            // '-' is standard input to the readers, so it is taken for standard output: never a file named '-', even forced.
            yield return Refused("standard output", "-", "--out -: --out writes a file, not standard output; give a file name");
            if (forceable)
                yield return Refused("standard output, forced", "-", "--out -: --out writes a file, not standard output", "--force");
        }
        foreach (var (name, args) in new (string, string[])[] { ("study", ["study", "run", "--params", "50K", "--tokens", "1M", "--quiet"]), ("demo", ["demo"]) })
        {
            yield return HostileCase.Refused($"{name} --out a file", "not a folder", [.. args, "--out", runs]);
            yield return HostileCase.Refused($"{name} --out /dev/null", "device", [.. args, "--out", "/dev/null"]);
            yield return HostileCase.Refused($"{name} --out a FIFO", "FIFO", [.. args, "--out", SpecialFiles.Fifo(Path.Combine(folder, $"fifo-{name}"))]);
            yield return HostileCase.Refused($"{name} --out an empty name", "--out", [.. args, "--out", ""]);
        }
        var forced = Path.Combine(folder, "forced-law.txt");
        yield return new HostileCase("fit --out another format, forced", ["fit", runs, "--out", forced, "--force"], Accepted: true, Creates: [forced]);
    }
}
