using System.Text.RegularExpressions;
using ScalingLaws.Laws;
using Xunit;

namespace ScalingLaws.Tests.Architecture;

/// <summary>
/// The core library stays pure: no console, no file system, no command-line wording. It returns
/// typed values and messages whose settings are typed (<see cref="Setting"/>); the front ends word them.
/// </summary>
public class ArchitectureTests
{
    private static readonly string CoreFolder = Path.Combine(TestData.RepositoryRoot, "src", "ScalingLaws");

    [Theory]
    [InlineData("System.Console")]
    [InlineData("System.CommandLine")]
    [InlineData("Spectre.Console")]
    [InlineData("ScottPlot")]
    [InlineData("Sylvan.Data.Csv")]
    [InlineData("ScalingLaws.IO")]
    [InlineData("ScalingLaws.Training")]
    [InlineData("ScalingLaws.Plotting")]
    [InlineData("ScalingLaws.Report")]
    [InlineData("scaling")]
    public void Core_assembly_does_not_reference_front_end_assemblies(string forbidden)
    {
        var references = typeof(ChinchillaLaw).Assembly.GetReferencedAssemblies().Select(a => a.Name);
        Assert.DoesNotContain(forbidden, references);
    }

    [Fact]
    public void Core_code_touches_neither_console_nor_file_system()
    {
        var pattern = new Regex(@"\b(Console\.|File\.|Directory\.|FileStream|FileInfo|DirectoryInfo|StreamReader|StreamWriter|Path\.|Environment\.(GetEnvironmentVariable|CurrentDirectory))");
        var offenders = CodeLines().Where(l => pattern.IsMatch(l.Code)).Select(l => l.Where).ToList();
        Assert.True(offenders.Count == 0, "console or file system in the core: " + string.Join("; ", offenders));
    }

    [Fact]
    public void Core_messages_name_no_command_line_option()
    {
        // A string literal holding "--word" spells an option; the core writes Setting.X instead.
        var option = new Regex("\"[^\"]*--[a-z][^\"]*\"");
        var offenders = CodeLines().Where(l => option.IsMatch(l.Code)).Select(l => l.Where).ToList();
        Assert.True(offenders.Count == 0, "command-line wording in the core: " + string.Join("; ", offenders));
    }

    [Fact]
    public void The_scan_sees_the_core_sources()
    {
        // Guards the two tests above against passing because they read nothing.
        var lines = CodeLines().ToList();
        Assert.True(lines.Count > 5_000, $"only {lines.Count} code lines found under {CoreFolder}");
        Assert.Contains(lines, l => l.Code.Contains("Setting.Bootstrap"));
    }

    [Fact]
    public void A_setting_is_worded_by_the_reader()
    {
        var resamples = 1;
        var error = new ScalingLawsException($"{Setting.Bootstrap} {resamples}: use at least 2 resamples.");
        Assert.Equal("Bootstrap.Resamples 1: use at least 2 resamples.", error.Message);
        Assert.Equal("-b 1: use at least 2 resamples.", error.Describe(_ => "-b"));
    }

    // Every non-comment source line of the core, outside build output.
    private static IEnumerable<(string Where, string Code)> CodeLines() => SourceLines.Of(CoreFolder);
}
