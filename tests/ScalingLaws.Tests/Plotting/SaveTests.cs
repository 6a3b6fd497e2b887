using ScalingLaws.Plotting;

namespace ScalingLaws.Tests.Plotting;

/// <summary>Save picks the format from the extension, writes atomically and reports problems as one-line ScalingLawsExceptions.</summary>
public sealed class SaveTests
{
    private static ScottPlot.Plot Plot() => ScalingPlots.PredictedVsObserved(PlotFixtures.Predictions());

    [Fact]
    public void UnknownExtensionThrowsAndWritesNothing()
    {
        using var folder = new PlotFolder();
        var e = Assert.Throws<ScalingLawsException>(() => ScalingPlots.Save(Plot(), folder.PathOf("figure.bmpx")));

        AssertOneLine(e.Message);
        Assert.Contains(".bmpx", e.Message);
        Assert.Contains(".png, .svg or .pdf", e.Message);
        Assert.Empty(folder.Files());
    }

    [Fact]
    public void MissingExtensionThrows()
    {
        using var folder = new PlotFolder();
        var e = Assert.Throws<ScalingLawsException>(() => ScalingPlots.Save(Plot(), folder.PathOf("figure")));
        AssertOneLine(e.Message);
    }

    [Fact]
    public void ExtensionIsCaseInsensitive()
    {
        using var folder = new PlotFolder();
        Assert.Equal(FigureFormat.Png, ScalingPlots.Save(Plot(), folder.PathOf("a.PNG")).Format);
        Assert.Equal(FigureFormat.Svg, ScalingPlots.Save(Plot(), folder.PathOf("b.Svg")).Format);
    }

    [Fact]
    public void MissingFolderThrowsOneLine()
    {
        using var folder = new PlotFolder();
        var path = Path.Combine(folder.FullName, "no", "such", "folder", "figure.png");

        var e = Assert.Throws<ScalingLawsException>(() => ScalingPlots.Save(Plot(), path));
        AssertOneLine(e.Message);
        Assert.Contains("figure.png", e.Message);
    }

    [Fact]
    public void FailedRenameLeavesNoTemporaryFile()
    {
        using var folder = new PlotFolder();
        // The target name is taken by a folder, so the final rename fails after the temporary file was written.
        Directory.CreateDirectory(folder.PathOf("figure.png"));

        var e = Assert.Throws<ScalingLawsException>(() => ScalingPlots.Save(Plot(), folder.PathOf("figure.png")));
        AssertOneLine(e.Message);
        Assert.Equal(["figure.png"], [.. Directory.GetFileSystemEntries(folder.FullName).Select(e => Path.GetFileName(e))]);
    }

    [Fact]
    public void OverwritesAtomicallyAndLeavesNoTemporaryFile()
    {
        using var folder = new PlotFolder();
        var path = folder.PathOf("figure.svg");
        File.WriteAllText(path, "old contents");

        var saved = ScalingPlots.Save(Plot(), path);

        Assert.Equal(Path.GetFullPath(path), saved.Path);
        Assert.StartsWith("<?xml", File.ReadAllText(path));
        Assert.Equal(["figure.svg"], folder.Files());
        Assert.Equal((800, 600), (saved.Width, saved.Height));
    }

    [Theory]
    [InlineData(0, 600)]
    [InlineData(800, -1)]
    public void NonPositiveSizeThrows(int width, int height)
    {
        using var folder = new PlotFolder();
        var e = Assert.Throws<ScalingLawsException>(() => ScalingPlots.Save(Plot(), folder.PathOf("figure.png"), width, height));
        AssertOneLine(e.Message);
        Assert.Empty(folder.Files());
    }

    internal static void AssertOneLine(string message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
    }
}
