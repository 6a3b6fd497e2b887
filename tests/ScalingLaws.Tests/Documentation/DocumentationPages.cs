using System.Text.RegularExpressions;

namespace ScalingLaws.Tests.Documentation;

/// <summary>The user documentation: README.md (the front page) and the pages of docs/, read from the repository.</summary>
internal static partial class DocumentationPages
{
    /// <summary>Each page as its path relative to the repository root (with '/') and its text, the front page first.</summary>
    public static IReadOnlyList<(string Path, string Text)> All { get; } =
        [.. new[] { "README.md" }
            .Concat(Directory.GetFiles(Path.Combine(TestData.RepositoryRoot, "docs"), "*.md").Order()
                .Select(file => Path.GetRelativePath(TestData.RepositoryRoot, file).Replace('\\', '/')))
            .Select(path => (path, Read(path)))];

    /// <summary>One page's text, by its path relative to the repository root.</summary>
    public static string Read(string path) => File.ReadAllText(Path.Combine(TestData.RepositoryRoot, path));

    /// <summary>The lines of a page outside its fenced code blocks (a heading or link inside a block is an example).</summary>
    public static IEnumerable<string> Prose(string text)
    {
        var fenced = false;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
                fenced = !fenced;
            else if (!fenced)
                yield return line;
        }
    }

    /// <summary>The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as '-', repeats numbered.</summary>
    public static IReadOnlySet<string> Anchors(string text)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in Prose(text).Select(line => HeadingPattern().Match(line)).Where(m => m.Success))
        {
            var slug = Punctuation().Replace(heading.Groups[1].Value.Trim().ToLowerInvariant(), "").Replace(' ', '-');
            var unique = slug;
            for (var n = 1; !anchors.Add(unique); n++)
                unique = $"{slug}-{n}";
        }
        return anchors;
    }

    [GeneratedRegex(@"^#{1,6} (.+)$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"[^\p{L}\p{N}_\- ]")]
    private static partial Regex Punctuation();
}
