using System.Text;
using System.Text.RegularExpressions;

namespace ScalingLaws.Report.Html;

/// <summary>
/// Builds HTML in which every string is text unless the code says otherwise: <see cref="Text"/> and
/// attribute values are escaped, tag and attribute names must be plain names, and only
/// <see cref="Trusted"/> inserts markup (the page's own style and script, and rendered figures).
/// Strings from the data (file, column, model and family names) can therefore never become markup.
/// </summary>
public sealed partial class HtmlWriter
{
    private readonly StringBuilder _html = new();
    private readonly Stack<string> _open = new();

    /// <summary>Opens an element; dispose the result to close it: <c>using (html.Tag("p")) html.Text(name);</c></summary>
    public Closer Tag(string name, params (string Name, string? Value)[] attributes)
    {
        Start(name, attributes);
        _open.Push(name);
        return new Closer(this, name);
    }

    /// <summary>An element holding only text: <c>&lt;td&gt;escaped&lt;/td&gt;</c>.</summary>
    public HtmlWriter Element(string name, string? text, params (string Name, string? Value)[] attributes)
    {
        Start(name, attributes);
        return Text(text).Append($"</{name}>");
    }

    /// <summary>An element with no content and no end tag, e.g. input.</summary>
    public HtmlWriter Void(string name, params (string Name, string? Value)[] attributes)
    {
        Start(name, attributes);
        return this;
    }

    /// <summary>Text, escaped: &amp;, &lt; and &gt; cannot start markup.</summary>
    public HtmlWriter Text(string? text) => Append(Escape(text));

    /// <summary>Markup made by this program (never a string from the data): the page's style and script, rendered SVG.</summary>
    public HtmlWriter Trusted(string markup) => Append(markup);

    /// <summary>The escaped form of text, safe in element content and in quoted attribute values.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    public override string ToString()
    {
        if (_open.Count > 0)
            throw new InvalidOperationException($"<{_open.Peek()}> was never closed.");
        return _html.ToString();
    }

    private void Start(string name, (string Name, string? Value)[] attributes)
    {
        RequireName(name);
        _html.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            RequireName(attribute);
            if (value is null)
                continue;
            _html.Append(' ').Append(attribute).Append("=\"").Append(Escape(value)).Append('"');
        }
        _html.Append('>');
    }

    private HtmlWriter Append(string markup)
    {
        _html.Append(markup);
        return this;
    }

    private void Close(string name)
    {
        if (_open.Count == 0 || _open.Peek() != name)
            throw new InvalidOperationException($"</{name}> closes {(_open.Count == 0 ? "nothing" : $"<{_open.Peek()}>")}.");
        _open.Pop();
        _html.Append("</").Append(name).Append('>');
    }

    // Names come from this program's code; the check keeps a slip from turning data into a tag or an event handler.
    private static void RequireName(string name)
    {
        if (!PlainName().IsMatch(name) || name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"'{name}' is not an allowed tag or attribute name.", nameof(name));
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex PlainName();

    /// <summary>Closes the element opened by <see cref="Tag"/>.</summary>
    public readonly struct Closer(HtmlWriter writer, string name) : IDisposable
    {
        public void Dispose() => writer.Close(name);
    }
}
