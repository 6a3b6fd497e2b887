using System.Reflection;
using Xunit;

namespace ScalingLaws.Tests.Architecture;

/// <summary>
/// The public types of each product assembly against the checked-in list (PublicApi.txt, one "assembly: type" a line), so that
/// a new public type is a deliberate decision: make it internal, or add its line. Tests and benchmarks reach the
/// rest through InternalsVisibleTo.
/// </summary>
public class PublicApiTests
{
    private static readonly string[] Assemblies = ["ScalingLaws", "ScalingLaws.IO", "ScalingLaws.Plotting", "ScalingLaws.Training", "ScalingLaws.Report", "scaling"];

    private static string ListFile => Path.Combine(TestData.RepositoryRoot, "tests", "ScalingLaws.Tests", "Architecture", "PublicApi.txt");

    [Theory]
    [MemberData(nameof(Names))]
    public void Public_types_are_the_listed_ones(string assembly)
    {
        var actual = PublicTypes(assembly);
        var listed = File.ReadAllLines(ListFile).Where(l => l.StartsWith(assembly + ": ", StringComparison.Ordinal)).Select(l => l[(assembly.Length + 2)..]).ToList();
        var added = actual.Except(listed).ToList();
        var removed = listed.Except(actual).ToList();
        Assert.True(added.Count == 0 && removed.Count == 0,
            $"{assembly}: public but not in {ListFile}: {string.Join(", ", added)}; listed but not public: {string.Join(", ", removed)}. " +
            "Make a new type internal unless a library user needs it, then update the list.");
    }

    [Fact]
    public void The_list_is_sorted_and_names_only_known_assemblies()
    {
        var lines = File.ReadAllLines(ListFile);
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
        Assert.All(lines, l => Assert.Contains(l[..l.IndexOf(": ", StringComparison.Ordinal)], Assemblies));
    }

    public static TheoryData<string> Names() => [.. Assemblies];

    // Exported types, nested ones included, by full name (generic arity kept, e.g. Grid`1).
    private static List<string> PublicTypes(string assembly) =>
        [.. Assembly.Load(assembly).GetExportedTypes().Select(t => t.FullName!.Replace('+', '.')).Order(StringComparer.Ordinal)];
}
