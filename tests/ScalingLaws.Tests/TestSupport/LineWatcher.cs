using System.Text;

namespace ScalingLaws.Tests;

/// <summary>A StringWriter that calls <paramref name="then"/> once, when a complete line for which <paramref name="match"/> holds is written.</summary>
internal sealed class LineWatcher(Func<string, bool> match, Action then) : StringWriter
{
    private readonly StringBuilder _line = new();
    private bool _done;

    public override void Write(char value)
    {
        base.Write(value);
        if (value != '\n')
        {
            _line.Append(value);
            return;
        }
        if (!_done && match(_line.ToString().TrimEnd('\r')))
        {
            _done = true;
            then();
        }
        _line.Clear();
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? "")
            Write(c);
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        foreach (var c in buffer)
            Write(c);
    }

    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        Write(buffer);
        Write(CoreNewLine);
    }
}
