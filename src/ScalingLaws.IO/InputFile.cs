namespace ScalingLaws.IO;

/// <summary>
/// Opens what a command reads: a regular file, or standard input for <c>-</c>. A FIFO, a device or a socket is
/// refused before it is opened (opening one can wait forever), as are an empty path, a folder and a missing file.
/// </summary>
public static class InputFile
{
    /// <summary>The path that means standard input.</summary>
    public const string StandardInput = "-";

    private const int BinaryProbe = 8192;

    /// <summary>Whether the path is <c>-</c>, standard input.</summary>
    public static bool IsStandardInput(string path) => path == StandardInput;

    /// <summary>What a run without a run column is called: its file's name, or "stdin".</summary>
    public static string DefaultName(string path) => IsStandardInput(path) ? "stdin" : Path.GetFileNameWithoutExtension(path);

    /// <summary>Refuses a path that cannot be read as a file; <paramref name="expected"/> names what to give instead.</summary>
    public static void Check(string path, string expected)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new ScalingLawsException($"an empty file name was given; give the path of {expected}.");
        if (IsStandardInput(path))
            return;
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Missing)
            throw Missing(path);
        if (kind == FileKind.Directory)
            throw new DataFileException(path, "this is a directory, not a file", $"give the path of {expected}");
        if (kind != FileKind.Regular)
            throw new DataFileException(path, $"this is {FileKinds.Describe(kind)}, not a regular file", $"give the path of {expected}, or - to read standard input");
    }

    // A link that loops or points nowhere was "no such file", where the name is there to see.
    private static DataFileException Missing(string path)
    {
        if (new FileInfo(path).LinkTarget is not { } target)
            return new DataFileException(path, "no such file", "check the path");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var link = Path.GetFullPath(path); new FileInfo(link).LinkTarget is { } next; link = Path.GetFullPath(next, Path.GetDirectoryName(link)!))
        {
            if (!seen.Add(link))
                return new DataFileException(path, $"a symbolic link that loops (to {target}, which leads back to it), so it names no file", "give the path of the file itself");
        }
        return new DataFileException(path, $"a symbolic link to {target}, which does not exist", "point the link at the file, or give the file's own path");
    }

    /// <summary>The whole text of a checked file or of standard input, gunzipped when compressed, without a byte-order mark.</summary>
    public static string ReadAllText(string path, string expected)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path, expected)), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd().TrimStart('\uFEFF');
    }

    /// <summary>
    /// The bytes of a checked file or of standard input, read whole; gzip-compressed input (told by its magic bytes, not its
    /// name) is decompressed, and a corrupt or cut-short one is a clear error.
    /// </summary>
    public static byte[] ReadAllBytes(string path, string expected)
    {
        Check(path, expected);
        byte[] bytes;
        try
        {
            bytes = IsStandardInput(path) ? ReadStandardInput() : File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, "cannot be read", "check that the file is readable");
        }
        return Gzip.IsCompressed(bytes) ? Gzip.Decompress(bytes, path) : bytes;
    }

    /// <summary>
    /// A checked file as a stream of text, or standard input or a gzip-compressed file read whole; a byte-order mark is
    /// skipped. A big uncompressed table is then read row by row, never held whole.
    /// </summary>
    public static TextReader OpenText(string path, string expected)
    {
        if (IsStandardInput(path) || IsCompressed(path, expected))
            return new StringReader(ReadAllText(path, expected));
        Check(path, expected);
        try
        {
            return new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, "cannot be read", "check that the file is readable");
        }
    }

    /// <summary>Whether a checked file (not standard input) starts with gzip's magic bytes.</summary>
    public static bool IsCompressed(string path, string expected)
    {
        if (IsStandardInput(path))
            return false;
        Check(path, expected);
        try
        {
            using var file = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[2];
            return file.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && Gzip.IsCompressed(magic);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, "cannot be read", "check that the file is readable");
        }
    }

    /// <summary>The first bytes of a checked file or of standard input (gunzipped), to tell its format by content.</summary>
    public static ReadOnlySpan<byte> Head(string path, string expected)
    {
        if (IsStandardInput(path) || IsCompressed(path, expected))
        {
            var all = ReadAllBytes(path, expected);
            return all.AsSpan(0, Math.Min(BinaryProbe, all.Length));
        }
        Check(path, expected);
        try
        {
            using var file = File.OpenRead(path);
            var head = new byte[BinaryProbe];
            return head.AsSpan(0, file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, "cannot be read", "check that the file is readable");
        }
    }

    // Standard input can be read once; it is kept, so that telling its format and reading it see the same bytes.
    private static byte[]? standardInput;

    private static byte[] ReadStandardInput()
    {
        if (standardInput is { } kept)
            return kept;
        using var input = Console.OpenStandardInput();
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        return standardInput = copy.ToArray();
    }

    /// <summary>The first characters of a text, enough for <see cref="LooksBinary"/>.</summary>
    public static string Head(TextReader text)
    {
        var buffer = new char[BinaryProbe];
        return new string(buffer, 0, text.ReadBlock(buffer));
    }

    /// <summary>How many lines a file has, counted on its bytes: exact for UTF-8 and ASCII, an estimate otherwise.</summary>
    public static int CountLines(string path)
    {
        using var file = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        var (lines, last) = (0, (byte)'\n');
        for (var read = file.Read(buffer); read > 0; read = file.Read(buffer))
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }
        return last == '\n' ? lines : lines + 1;
    }

    /// <summary>Whether the file's first bytes hold a NUL, which no text table has (an image, a zip, a model checkpoint).</summary>
    public static bool LooksBinary(string text) => text.AsSpan(0, Math.Min(text.Length, BinaryProbe)).Contains('\0');
}
