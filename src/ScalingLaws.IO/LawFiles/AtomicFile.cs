namespace ScalingLaws.IO.LawFiles;

/// <summary>Writes a file whole or not at all: a temporary file beside the target, then a rename.</summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text) => Write(path, temporary => File.WriteAllText(temporary, text));

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Write(path, temporary => File.WriteAllBytes(temporary, copy));
    }

    /// <summary>
    /// <see cref="WriteAllText"/> for a JSON document: a path not ending in .json (e.g. the CSV the fit just read) is
    /// refused, so an --out typo cannot replace a data file.
    /// </summary>
    public static void WriteJson(string path, string json)
    {
        CheckJsonPath(path);
        WriteAllText(path, json);
    }

    /// <summary>Refuses a law-file path not ending in .json; commands call it before the work, not after.</summary>
    public static void CheckJsonPath(string path)
    {
        if (!string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
            throw new ScalingLawsException($"{path}: a law file is JSON; give a file name ending in .json (nothing was written).");
    }

    /// <summary>Writes through <paramref name="write"/> into a temporary file beside <paramref name="path"/>, then renames it over the target.</summary>
    public static void Write(string path, Action<string> write)
    {
        var full = Path.GetFullPath(path);
        if (!Directory.Exists(Path.GetDirectoryName(full)))
            throw new ScalingLawsException($"{path}: cannot write: there is no folder {Path.GetDirectoryName(full)}; check that the folder exists, or choose another path.");
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            write(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new ScalingLawsException($"{path}: cannot write ({e.Message}); check that the folder exists and is writable.");
        }
    }

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
