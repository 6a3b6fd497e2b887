namespace ScalingLaws.Tests;

/// <summary>The source of one project, line by line, for tests that check what the code may use.</summary>
internal static class SourceLines
{
    /// <summary>Every non-comment, non-blank line of the .cs files under <paramref name="folder"/>, outside build output, with file:line.</summary>
    public static IEnumerable<(string Where, string Code)> Of(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal) || code.Length == 0)
                    continue;
                yield return ($"{Path.GetRelativePath(folder, file)}:{i + 1}", code);
            }
        }
    }
}
