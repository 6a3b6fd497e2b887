using ScalingLaws.Report.Html;

namespace ScalingLaws.Tests.Report;

public sealed class HtmlWriterTests
{
    [Fact]
    public void Text_and_attribute_values_are_escaped()
    {
        var html = new HtmlWriter();
        using (html.Tag("p", ("title", "\"><img src=x onerror=alert(1)>")))
            html.Text("<script>alert('x') & more</script>");

        Assert.Equal("<p title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">&lt;script&gt;alert(&#39;x&#39;) &amp; more&lt;/script&gt;</p>", html.ToString());
    }

    [Theory]
    [InlineData("onclick")]
    [InlineData("OnLoad")]
    [InlineData("a b")]
    [InlineData("img src=x")]
    [InlineData("")]
    public void Names_that_are_not_plain_or_are_event_handlers_are_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => new HtmlWriter().Element("p", "x", (name, "alert(1)")));
        Assert.Throws<ArgumentException>(() => new HtmlWriter().Element(name, "x"));
    }

    [Fact]
    public void A_null_attribute_is_left_out()
    {
        Assert.Equal("<td class=\"num\">1</td>", new HtmlWriter().Element("td", "1", ("class", "num"), ("data-sort", null)).ToString());
    }

    [Fact]
    public void Unbalanced_elements_are_a_bug_caught_at_once()
    {
        var open = new HtmlWriter();
        _ = open.Tag("div");
        Assert.Throws<InvalidOperationException>(open.ToString);
    }
}
