namespace ScalingLaws.Report.Sections;

/// <summary>
/// One section of the report: a heading in the page's navigation and its content. Sections are
/// independent (the page builds them in parallel) and each says in its content why it has nothing
/// to show when the data cannot support it. A new section is a class here and a line in
/// <see cref="ReportPage.Sections"/>.
/// </summary>
public interface IReportSection
{
    /// <summary>The anchor of the section, e.g. "planner": letters, digits and '-'.</summary>
    string Id { get; }

    /// <summary>The heading, also the link in the navigation.</summary>
    string Title { get; }

    /// <summary>Writes the content below the heading.</summary>
    void Write(HtmlWriter html, ReportData data);
}
