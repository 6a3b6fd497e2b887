namespace ScalingLaws.Report.Html;

/// <summary>Terms and their values as a definition list, e.g. "Rows: 240".</summary>
internal sealed class FactList
{
    private readonly List<(string Term, string Value)> _facts = [];

    public FactList Add(string term, string value)
    {
        _facts.Add((term, value));
        return this;
    }

    public void Write(HtmlWriter html)
    {
        using (html.Tag("dl", ("class", "facts")))
        {
            foreach (var (term, value) in _facts)
            {
                html.Element("dt", term);
                html.Element("dd", value);
            }
        }
    }
}
