using System.Xml.Linq;
using ScalingLaws.Plotting;

namespace ScalingLaws.Tests.Plotting;

/// <summary>A unique folder under the system temp path for the images a test writes, deleted on dispose.</summary>
internal sealed class PlotFolder : IDisposable
{
    public string FullName { get; } =
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "scaling-plots-" + Guid.NewGuid().ToString("N"))).FullName;

    public string PathOf(string name) => Path.Combine(FullName, name);

    /// <summary>Every file in the folder, hidden temporaries included.</summary>
    public string[] Files() => [.. Directory.GetFiles(FullName).Select(f => Path.GetFileName(f)).Order()];

    /// <summary>Asserts <paramref name="saved"/> is a PNG of more than <paramref name="minimumBytes"/> bytes, as reported, and the folder's only file.</summary>
    public void AssertOnlyPng(SavedFigure saved, int minimumBytes)
    {
        var bytes = File.ReadAllBytes(saved.Path);
        var name = Path.GetFileName(saved.Path);
        Assert.Equal(FigureFormat.Png, saved.Format);
        Assert.Equal(bytes.Length, saved.Bytes);
        Assert.True(bytes.Length > minimumBytes, $"{name} has only {bytes.Length} bytes");
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        Assert.Equal([name], Files());
    }

    /// <summary>Asserts <paramref name="saved"/> is an SVG of more than <paramref name="minimumBytes"/> bytes, 640 × 480, and the folder's only file.</summary>
    public void AssertOnlySvg(SavedFigure saved, int minimumBytes)
    {
        Assert.Equal(FigureFormat.Svg, saved.Format);
        Assert.True(new FileInfo(saved.Path).Length > minimumBytes);
        var root = XDocument.Load(saved.Path).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        Assert.Equal("640", root.Attribute("width")?.Value);
        Assert.Equal("480", root.Attribute("height")?.Value);
        Assert.Equal([Path.GetFileName(saved.Path)], Files());
    }

    public void Dispose() => Directory.Delete(FullName, recursive: true);
}
