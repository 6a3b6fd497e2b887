using System.Text;

namespace ScalingLaws.IO;

/// <summary>
/// Excel's first line <c>sep=;</c> (or <c>sep=,</c>, <c>sep=\t</c>, <c>sep=|</c>) names the table's delimiter for Excel alone;
/// every other reader took it for the header. <see cref="Skip"/> reads past it and returns the delimiter it names.
/// </summary>
internal static class SeparatorLine
{
    private const string Prefix = "sep=";

    /// <summary>
    /// The text after a separator line and the delimiter it names; the text whole (what was read of it given back, line
    /// ends as written) and null when the first line is no separator line. A spreadsheet may pad the line with the
    /// delimiter ('sep=;;;'). Only a text that starts with 's' is read ahead, and no further than 'sep=' holds.
    /// </summary>
    public static (TextReader After, char? Named) Skip(TextReader text)
    {
        if (text.Peek() is not ('s' or 'S'))
            return (text, null);
        var head = new StringBuilder();
        while (text.Read() is var c and >= 0)
        {
            head.Append((char)c);
            if (c == '\r' && text.Peek() == '\n')
                head.Append((char)text.Read());
            if (c is '\r' or '\n' || (head.Length == Prefix.Length && !head.ToString().Equals(Prefix, StringComparison.OrdinalIgnoreCase)))
                break;
        }
        var line = head.ToString();
        return line.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && line[Prefix.Length..].TrimEnd('\r', '\n', ' ') is [var named, .. var padding] && padding.All(p => p == named)
            ? (text, named)
            : (new Prefixed(line, text), null);
    }

    // What was read of the first line to look at it, given back before the rest of the text.
    private sealed class Prefixed(string head, TextReader rest) : TextReader
    {
        private int _at;

        public override int Peek() => _at < head.Length ? head[_at] : rest.Peek();

        public override int Read() => _at < head.Length ? head[_at++] : rest.Read();

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        // The head and the rest in one read, as a text read whole would give them: a read that ends at a lone '\r' left
        // the CSV reader to take a file of '\r' line ends for one without rows.
        public override int Read(Span<char> buffer)
        {
            var n = Math.Min(buffer.Length, head.Length - _at);
            head.AsSpan(_at, n).CopyTo(buffer);
            _at += n;
            return n == buffer.Length ? n : n + rest.Read(buffer[n..]);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                rest.Dispose();
            base.Dispose(disposing);
        }
    }
}
