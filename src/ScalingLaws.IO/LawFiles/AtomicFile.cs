using System.Text;

namespace ScalingLaws.IO.LawFiles;

/// <summary>
/// Writes a file whole or not at all: a temporary file beside the target, then a rename. Before any work, a command checks its
/// output with <see cref="CheckTarget"/>: nothing it reads, no folder, device, FIFO or other special file, and no read-only file
/// is ever written over, and the name must say what is written (unless forced).
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> whole or not at all (temporary file, then rename).</summary>
    public static void WriteAllText(string path, string text) => Write(path, temporary => File.WriteAllText(temporary, text));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> whole or not at all (temporary file, then rename).</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Write(path, temporary => File.WriteAllBytes(temporary, copy));
    }

    /// <summary><see cref="WriteAllText"/> for a JSON document; its name was checked by <see cref="CheckTarget"/> before the work.</summary>
    public static void WriteJson(string path, string json) => WriteAllText(path, json);

    /// <summary>
    /// Refuses an output path that would destroy something or mislead, before the command does any work: an empty name, '-', a
    /// missing folder, a directory, a device, a FIFO or socket, a read-only file, one of the command's <paramref name="inputs"/>
    /// (compared as full paths with links followed), a name longer than a file system takes, a folder that takes no new file
    /// (tried with an empty temporary file, deleted at once) and, unless <paramref name="force"/>, a name whose extension is
    /// not one of <see cref="OutputKind.Extensions"/>.
    /// </summary>
    public static void CheckTarget(string path, OutputKind kind, IEnumerable<string> inputs, bool force = false)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new ScalingLawsException($"--out: the file name is empty; give a file name, e.g. --out {kind.Example}.");
        // '-' is standard input to every reader, so a user takes it for standard output here; --force would make a file named '-'.
        if (InputFile.IsStandardInput(path))
            throw new ScalingLawsException($"--out -: --out writes a file, not standard output; give a file name, e.g. --out {kind.Example} (nothing was written).");
        // '--out .svg' (a name left out before the extension) would write a hidden file the user does not see in a listing.
        if (Path.GetFileName(path) is [ '.', _, .. ] name && name.IndexOf('.', 1) < 0)
            throw new ScalingLawsException($"--out {path}: the file name is an extension alone, which makes a hidden file; give a name before it, e.g. --out {kind.Example} (nothing was written).");
        var target = Resolved(path);
        if (inputs.Where(i => !string.IsNullOrWhiteSpace(i) && !InputFile.IsStandardInput(i)).FirstOrDefault(i => Resolved(i) == target) is { } input)
            throw new ScalingLawsException($"--out {path}: this is {input}, which the command reads; writing there would destroy it. Choose another file name (nothing was written).");
        CheckPlace(path, $"--out {path}");
        CheckWritable(path, $"--out {path}");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!kind.Extensions.Contains(extension) && !(force && kind.Forceable))
            throw new ScalingLawsException($"--out {path}: {kind.What} is {kind.Format}, not '{(extension.Length == 0 ? "(no extension)" : extension)}'; give a file name ending in {kind.ExtensionList}"
                + (kind.Forceable ? ", or add --force to keep this name (nothing was written)." : " (nothing was written)."));
    }

    /// <summary>Refuses a folder output that names an existing file, a device or another special file, or is empty.</summary>
    public static void CheckFolder(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new ScalingLawsException("--out: the folder name is empty; give a folder, e.g. --out study.");
        var kind = FileKinds.Of(path);
        if (kind is not (FileKind.Missing or FileKind.Directory))
            throw new ScalingLawsException($"--out {path}: this is {FileKinds.Describe(kind)}, not a folder; give a new or existing folder (nothing was written).");
    }

    /// <summary>Writes through <paramref name="write"/> into a temporary file beside <paramref name="path"/>, then renames it over the target.</summary>
    public static void Write(string path, Action<string> write)
    {
        CheckPlace(path, path); // the last guard for callers that did not check: never rename over a device or a folder
        var full = Path.GetFullPath(path);
        var temporary = Temporary(full);
        try
        {
            write(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new ScalingLawsException($"{path}: cannot write ({Reason(e)}); check that the folder exists and is writable and the disk is not full (nothing was written).");
        }
    }

    // Where the file would go: a folder that exists, and nothing there but a writable regular file.
    private static void CheckPlace(string path, string label)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
            throw new ScalingLawsException($"{label}: cannot write: there is no folder {folder}; check that the folder exists, or choose another path.");
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Directory)
            throw new ScalingLawsException($"{label}: cannot write: this is a directory; give the name of a file, e.g. one inside it (nothing was written).");
        if (kind is not (FileKind.Missing or FileKind.Regular))
            throw new ScalingLawsException($"{label}: cannot write: this is {FileKinds.Describe(kind)}, not a regular file, and would be replaced; give a file name (nothing was written).");
        if (kind == FileKind.Regular && File.GetAttributes(Resolved(path)).HasFlag(FileAttributes.ReadOnly))
            throw new ScalingLawsException($"{label}: cannot write: the file is read-only; make it writable or choose another name (nothing was written).");
    }

    // The longest file name the usual file systems take, in bytes (ext4, XFS, Btrfs, APFS).
    private const int MaxNameBytes = 255;

    // A name too long, or a folder that takes no new file (read-only, /proc, another user's), is found before the work, not after it.
    private static void CheckWritable(string path, string label)
    {
        var full = Path.GetFullPath(path);
        var bytes = Encoding.UTF8.GetByteCount(Path.GetFileName(full));
        if (bytes > MaxNameBytes)
            throw new ScalingLawsException($"{label}: cannot write: the file name is {bytes} bytes long, more than the {MaxNameBytes} a file system takes; give a shorter name (nothing was written).");
        try
        {
            using (File.Create(Temporary(full), 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScalingLawsException($"{label}: cannot write ({Reason(e)}); check that the folder is writable and the disk is not full (nothing was written).");
        }
    }

    // A hidden file beside the target, unique even for two writers in one process; the target's name in it is cut to 40
    // characters, so that the temporary name stays within MaxNameBytes whatever the target's length.
    private static string Temporary(string full)
    {
        var name = Path.GetFileName(full);
        var cut = name.Length <= 40 ? name : name[..(char.IsHighSurrogate(name[39]) ? 39 : 40)];
        return Path.Combine(Path.GetDirectoryName(full)!, $".{cut}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
    }

    // The full path with symbolic links followed, so that a link to the data and the data compare equal.
    private static string Resolved(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var realFolder = Directory.Exists(folder) ? new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder : folder;
        var file = Path.Combine(realFolder, Path.GetFileName(full));
        return File.Exists(file) ? new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file : file;
    }

    // The operating system's reason without .NET's wording ("Access to the path ... is denied").
    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        // Raised for the temporary file in a folder that makes none (/proc): its name would only puzzle.
        FileNotFoundException or DirectoryNotFoundException => "the folder takes no new files",
        PathTooLongException => "the path is too long for the file system",
        _ => e.Message.Split(" : ")[0].TrimEnd('.'),
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing was renamed over the target; a stray temporary file is the lesser harm.
        }
    }
}
