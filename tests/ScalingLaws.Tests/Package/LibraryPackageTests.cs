using System.IO.Compression;
using System.Xml.Linq;

namespace ScalingLaws.Tests.Package;

/// <summary>
/// <c>dotnet pack src/ScalingLaws</c>, compiled afresh into a temporary folder so that every compiler warning is
/// printed: it must succeed without a missing-documentation warning (CS1591) and produce a package that carries the
/// XML documentation, the README and the metadata. Takes about a minute on a busy 2-core machine.
/// </summary>
public sealed class LibraryPackageTests
{
    [Fact]
    public void The_core_package_carries_its_documentation_and_no_member_lacks_one()
    {
        using var temp = new TempFolder();
        var output = ToolRun.Succeeds(temp.FullName, "dotnet", "pack", Path.Combine(TestData.RepositoryRoot, "src", "ScalingLaws"), "-c", TestData.Configuration, "-o", "feed",
            $"-p:OutputPath={temp.FullName}/bin/", $"-p:IntermediateOutputPath={temp.FullName}/obj/");

        // Compiled afresh into the temporary folder, so a missing documentation comment would have been printed.
        Assert.True(File.Exists(Path.Combine(temp.FullName, "obj", "ScalingLaws.dll")), "the library was not compiled into the temporary folder");
        Assert.DoesNotContain("CS1591", output);
        using var package = ZipFile.OpenRead(Path.Combine(temp.FullName, "feed", "ScalingLaws.0.1.0.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/net10.0/ScalingLaws.dll", entries);
        Assert.Contains("lib/net10.0/ScalingLaws.xml", entries);
        Assert.Contains("README.md", entries);
        var docs = XDocument.Load(package.GetEntry("lib/net10.0/ScalingLaws.xml")!.Open());
        var forFlops = docs.Descendants("member").Single(m => (string?)m.Attribute("name") == "M:ScalingLaws.Planning.ComputeOptimal.ForFlops(System.Double)");
        Assert.Contains("budget", forFlops.Element("summary")!.Value);
        var nuspec = XDocument.Load(package.GetEntry("ScalingLaws.nuspec")!.Open()).Root!;
        string Field(string name) => nuspec.Descendants().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("MIT", Field("license"));
        Assert.Equal("README.md", Field("readme"));
        Assert.StartsWith("Scaling-law data model", Field("description"));
        Assert.Contains("chinchilla", Field("tags"));
        Assert.StartsWith("https://", (string?)nuspec.Descendants().Single(e => e.Name.LocalName == "repository").Attribute("url"));
    }
}
