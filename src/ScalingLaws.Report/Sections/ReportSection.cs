namespace ScalingLaws.Report.Sections;

/// <summary>A section whose anchor and heading are fixed when it is declared: every built-in section.</summary>
/// <param name="id">The anchor, e.g. "planner".</param>
/// <param name="title">The heading.</param>
internal abstract class ReportSection(string id, string title) : IReportSection
{
    public string Id => id;

    public string Title => title;

    public abstract void Write(HtmlWriter html, ReportData data);

    /// <summary>A paragraph in the page's note style: what a section shows, how to read it, or why it is empty.</summary>
    protected static void Note(HtmlWriter html, string text) => html.Element("p", text, ("class", "note"));
}
