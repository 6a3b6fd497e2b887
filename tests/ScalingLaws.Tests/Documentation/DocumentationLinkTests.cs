using System.Text.RegularExpressions;

namespace ScalingLaws.Tests.Documentation;

/// <summary>Every relative link of the front page and the docs pages leads somewhere: a file that exists and, for a page, a heading it has.</summary>
public sealed partial class DocumentationLinkTests
{
    [Fact]
    public void Every_relative_link_points_to_an_existing_file_and_heading()
    {
        var links = DocumentationPages.All
            .SelectMany(page => DocumentationPages.Prose(page.Text)
                .SelectMany(line => LinkPattern().Matches(line).Select(m => (page.Path, Target: m.Groups[1].Value))))
            .Where(link => !link.Target.Contains("://", StringComparison.Ordinal) && !link.Target.StartsWith("mailto:", StringComparison.Ordinal))
            .ToArray();

        var broken = links.Select(link => (link, Problem: Problem(link.Path, link.Target))).Where(l => l.Problem is not null)
            .Select(l => $"{l.link.Path}: ({l.link.Target}) {l.Problem}").ToArray();

        Assert.True(links.Length > 50, $"{links.Length} links");
        Assert.True(broken.Length == 0, string.Join("\n", broken));
    }

    [Fact]
    public void Every_docs_page_is_linked_from_the_front_page()
    {
        var front = DocumentationPages.Read("README.md");

        var unlinked = DocumentationPages.All.Select(p => p.Path).Where(p => p.StartsWith("docs/", StringComparison.Ordinal))
            .Where(p => !front.Contains($"]({p})", StringComparison.Ordinal)).ToArray();

        Assert.Empty(unlinked);
    }

    // Why a link from the page at `from` to `target` leads nowhere, or null when it leads to a file (and heading) that exists.
    private static string? Problem(string from, string target)
    {
        var hash = target.IndexOf('#');
        var (file, anchor) = hash < 0 ? (target, null) : (target[..hash], target[(hash + 1)..]);
        var path = file.Length == 0 ? from : Path.GetRelativePath(TestData.RepositoryRoot,
            Path.GetFullPath(Path.Combine(TestData.RepositoryRoot, Path.GetDirectoryName(from) ?? "", file))).Replace('\\', '/');
        var full = Path.Combine(TestData.RepositoryRoot, path);
        if (!File.Exists(full) && !Directory.Exists(full))
            return $"no file {path}";
        if (anchor is null || !path.EndsWith(".md", StringComparison.Ordinal))
            return null;
        return DocumentationPages.Anchors(File.ReadAllText(full)).Contains(anchor) ? null : $"no heading #{anchor} in {path}";
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex LinkPattern();
}
