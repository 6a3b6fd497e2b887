namespace ScalingLaws.Tests.Architecture;

/// <summary>
/// The test folders mirror src/ so that the tests of a file are found by its path: tests/ScalingLaws.Tests/Fitting holds
/// the tests of src/ScalingLaws/Fitting, and IO/, Plotting/, Report/, Training/ and Cli/ those of src/ScalingLaws.IO,
/// .Plotting, .Report, .Training and .Cli (IO/Datasets: src/ScalingLaws.IO/Datasets). Each namespace follows its folder,
/// and every test is named in one style: a sentence with underscores.
/// </summary>
public sealed class TestLayoutTests
{
    private static readonly string Tests = Path.Combine(TestData.RepositoryRoot, "tests", "ScalingLaws.Tests");

    private static readonly string[] Libraries = ["IO", "Plotting", "Report", "Training", "Cli"];

    /// <summary>The folders that test no one source folder, and why.</summary>
    private static readonly Dictionary<string, string> Exceptions = new()
    {
        ["Architecture"] = "rules over the whole tree: layers, forbidden references, this layout",
        ["Documentation"] = "the user documentation, README.md and docs/*.md: its links, and the pages other tests read",
        ["Hostile"] = "end to end: a corpus of hostile inputs run through every command",
        ["TestSupport"] = "what tests share: paths, the command runner, temporary folders, tolerances, one synthetic-data generator per kind, a headless browser",
        ["Package"] = "the libraries as NuGet packages: dotnet pack, and the C# examples of docs/library.md compiled and run against them",
    };

    [Fact]
    public void Every_test_folder_has_a_source_counterpart()
    {
        var orphans = Folders().Where(f => !Exceptions.ContainsKey(f.Split('/')[0]) && !Directory.Exists(Source(f))).ToArray();

        Assert.True(orphans.Length == 0, "test folders with no src/ counterpart (move the tests beside the folder they test, or add an exception with its reason): " + string.Join(", ", orphans));
    }

    [Fact]
    public void Each_namespace_follows_its_folder()
    {
        var wrong = Files().Select(f => (File: f, Namespace: Namespace(f), Expected: Expected(f)))
            .Where(f => f.Namespace != f.Expected)
            .Select(f => $"{Path.GetRelativePath(Tests, f.File)}: {f.Namespace}, expected {f.Expected}").ToArray();

        Assert.True(wrong.Length == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void Every_test_is_named_as_a_sentence_with_underscores()
    {
        var tests = typeof(TestLayoutTests).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .Where(m => m.IsDefined(typeof(FactAttribute), inherit: true)).ToArray();
        var unlike = tests.Where(m => !System.Text.RegularExpressions.Regex.IsMatch(m.Name, "^[A-Z0-9][A-Za-z0-9]*(_[A-Za-z0-9]+)+$"))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}").ToArray();

        Assert.True(tests.Length > 1000, $"only {tests.Length} tests found");
        Assert.True(unlike.Length == 0, "name these tests as sentences with underscores (Svg_labels_the_contours): " + string.Join(", ", unlike));
    }

    [Fact]
    public void The_mirror_maps_a_folder_to_its_source()
    {
        Assert.Equal(Path.Combine("src", "ScalingLaws", "Fitting"), Path.GetRelativePath(TestData.RepositoryRoot, Source("Fitting")));
        Assert.Equal(Path.Combine("src", "ScalingLaws.IO", "Datasets"), Path.GetRelativePath(TestData.RepositoryRoot, Source("IO/Datasets")));
        Assert.False(Directory.Exists(Source("Approaches")));
    }

    // "Fitting" → src/ScalingLaws/Fitting; "IO/Datasets" → src/ScalingLaws.IO/Datasets.
    private static string Source(string folder)
    {
        var parts = folder.Split('/');
        var project = Libraries.Contains(parts[0]) ? $"ScalingLaws.{parts[0]}" : "ScalingLaws";
        var rest = Libraries.Contains(parts[0]) ? parts[1..] : parts;
        return Path.Combine([TestData.RepositoryRoot, "src", project, .. rest]);
    }

    // Support files keep the root namespace, so every test sees them; elsewhere the folder is the namespace.
    private static string Expected(string file)
    {
        var folder = Path.GetRelativePath(Tests, Path.GetDirectoryName(file)!).Replace(Path.DirectorySeparatorChar, '/');
        var parts = folder == "." ? [] : folder.Split('/');
        return string.Join(".", ["ScalingLaws", "Tests", .. parts.SkipWhile(p => p == "TestSupport")]);
    }

    private static string? Namespace(string file) =>
        File.ReadLines(file).FirstOrDefault(l => l.StartsWith("namespace ", StringComparison.Ordinal))?["namespace ".Length..].TrimEnd(';');

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Tests, "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(Path.GetRelativePath(Tests, f)));

    private static IEnumerable<string> Folders() =>
        Files().Select(f => Path.GetRelativePath(Tests, Path.GetDirectoryName(f)!).Replace(Path.DirectorySeparatorChar, '/')).Where(f => f != ".").Distinct();

    private static bool IsBuildOutput(string path) => path.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj";
}
