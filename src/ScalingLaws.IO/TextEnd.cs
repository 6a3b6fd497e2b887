namespace ScalingLaws.IO;

/// <summary>
/// Passes a text through and remembers its last character, so that once it is read to the end the reader can tell a
/// file that ends with a line break from one cut off inside its last line (a writer that crashed, a copy interrupted).
/// </summary>
internal sealed class TextEnd(TextReader inner) : TextReader
{
    private char? _last;

    /// <summary>Whether the text read so far ends with a line break, trailing spaces and tabs aside; true for an empty text.</summary>
    public bool EndsWithLineBreak => _last is null or '\n' or '\r';

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
            Remember(new ReadOnlySpan<char>([(char)c]));
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Remember(buffer[..read]);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }

    private void Remember(ReadOnlySpan<char> read)
    {
        var content = read.TrimEnd(" \t");
        if (!content.IsEmpty)
            _last = content[^1];
    }
}
