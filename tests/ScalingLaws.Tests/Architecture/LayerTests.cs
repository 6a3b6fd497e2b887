using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace ScalingLaws.Tests.Architecture;

/// <summary>
/// The projects form layers (ScottPlot's ForbiddenCodeTests is the model): a project references only projects below it,
/// so the folder tree tells the architecture. The core is checked further by <see cref="ArchitectureTests"/>.
/// </summary>
public class LayerTests
{
    // Lower numbers are lower layers; a project may reference only strictly lower ones.
    private static readonly Dictionary<string, int> Layers = new()
    {
        ["ScalingLaws"] = 0,
        ["ScalingLaws.IO"] = 1,
        ["ScalingLaws.Plotting"] = 2, // above IO: figures are written whole or not at all by IO's AtomicFile
        ["ScalingLaws.Training"] = 2,
        ["ScalingLaws.Report"] = 3,
        ["ScalingLaws.Cli"] = 4,
    };

    private static string Source => Path.Combine(TestData.RepositoryRoot, "src");

    [Fact]
    public void Every_project_is_in_a_layer()
    {
        var projects = Directory.EnumerateDirectories(Source).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(Layers.Keys.Order(), projects);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_project_references_only_projects_below_it(string project)
    {
        var above = ProjectReferences(project).Where(r => Layers[r] >= Layers[project]).ToList();
        Assert.True(above.Count == 0, $"{project} (layer {Layers[project]}) references {string.Join(", ", above.Select(r => $"{r} (layer {Layers[r]})"))}");
    }

    [Theory]
    [InlineData("ScalingLaws", "ScalingLaws.IO")]
    [InlineData("ScalingLaws", "ScalingLaws.Plotting")]
    [InlineData("ScalingLaws", "ScalingLaws.Training")]
    [InlineData("ScalingLaws", "ScalingLaws.Report")]
    [InlineData("ScalingLaws", "ScalingLaws.Cli")]
    [InlineData("ScalingLaws", "System.CommandLine")]
    [InlineData("ScalingLaws", "Spectre.Console")]
    [InlineData("ScalingLaws", "ScottPlot")]
    [InlineData("ScalingLaws.IO", "ScalingLaws.Training")]
    [InlineData("ScalingLaws.IO", "ScalingLaws.Cli")]
    [InlineData("ScalingLaws.IO", "System.CommandLine")]
    [InlineData("ScalingLaws.IO", "Spectre.Console")]
    [InlineData("ScalingLaws.IO", "ScottPlot")]
    [InlineData("ScalingLaws.Training", "ScalingLaws.Cli")]
    [InlineData("ScalingLaws.Training", "System.CommandLine")]
    [InlineData("ScalingLaws.Plotting", "ScalingLaws.Cli")]
    public void A_project_names_no_namespace_above_it(string project, string forbidden)
    {
        var use = new Regex($@"\busing\s+{Regex.Escape(forbidden)}(\.|;)|\b{Regex.Escape(forbidden)}\.[A-Z]");
        var offenders = SourceLines.Of(Path.Combine(Source, project)).Where(l => use.IsMatch(l.Code)).Select(l => l.Where).ToList();
        Assert.True(offenders.Count == 0, $"{project} uses {forbidden}: " + string.Join("; ", offenders));
    }

    public static TheoryData<string> Projects() => [.. Layers.Keys];

    private static IEnumerable<string> ProjectReferences(string project) =>
        XDocument.Load(Path.Combine(Source, project, project + ".csproj"))
            .Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!));
}
