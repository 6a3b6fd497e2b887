using System.Text.RegularExpressions;

namespace ScalingLaws.Tests.Package;

/// <summary>
/// README "Use it from C#": its ```csharp blocks, in order and with their <c>using</c> lines gathered at the top, are
/// one program; it is built as a console project referencing the src projects (already built with the tests, so only
/// the program compiles), run on ../shared/data, and must print exactly the output the README shows.
/// </summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_csharp_examples_compile_run_and_print_what_the_readme_shows()
    {
        using var temp = new TempFolder();
        var folder = temp.FullName;
        var section = Regex.Match(File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "README.md")), @"^## Use it from C#\n(.*?)(?=^## )",
            RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(section.Success, "README has no '## Use it from C#' section");
        var blocks = Regex.Matches(section.Value, @"^```csharp\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        var printed = Regex.Match(section.Value, @"It prints:\n\n```text\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.Equal(4, blocks.Count);
        Assert.True(printed.Success, "the section does not show what the program prints");

        var lines = blocks.SelectMany(b => b.Split('\n')).ToList();
        File.WriteAllLines(Path.Combine(folder, "Program.cs"), [.. lines.Where(IsUsing), .. lines.Where(l => !IsUsing(l))]);
        File.WriteAllText(Path.Combine(folder, "Example.csproj"), Project());
        ToolRun.Succeeds(folder, "dotnet", "build", "Example.csproj", "-c", TestData.Configuration, "--no-dependencies");
        var output = ToolRun.Succeeds(folder, "dotnet", Path.Combine("bin", TestData.Configuration, "net10.0", "Example.dll"));

        Assert.Equal(printed.Groups[1].Value, output);
        Assert.True(new FileInfo(Path.Combine(folder, "isoloss.png")).Length > 10_000, "the figure is missing or empty");
    }

    private static bool IsUsing(string line) => line.StartsWith("using ", StringComparison.Ordinal);

    private static string Project()
    {
        var references = string.Concat(new[] { "ScalingLaws", "ScalingLaws.IO", "ScalingLaws.Plotting" }.Select(p =>
            $"<ProjectReference Include=\"{Path.Combine(TestData.RepositoryRoot, "src", p, p + ".csproj")}\" />"));
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
                <AppendRuntimeIdentifierToOutputPath>false</AppendRuntimeIdentifierToOutputPath>
                <SatelliteResourceLanguages>en</SatelliteResourceLanguages>
              </PropertyGroup>
              <ItemGroup>{references}</ItemGroup>
            </Project>
            """;
    }
}
