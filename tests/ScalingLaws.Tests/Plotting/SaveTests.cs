using ScalingLaws.Plotting;

namespace ScalingLaws.Tests.Plotting;

/// <summary>Save picks the format from the extension, writes atomically and reports problems as one-line ScalingLawsExceptions.</summary>
public sealed class SaveTests
{
    private static ScottPlot.Plot Plot() => ScalingPlots.PredictedVsObserved(PlotFixtures.Predictions());

    [Fact]
    public void Unknown_extension_throws_and_writes_nothing()
    {
        using var folder = new PlotFolder();
        var e = Assert.Throws<ScalingLawsException>(() => ScalingPlots.Save(Plot(), folder.PathOf("figure.bmpx")));

        Messages.AssertOneLine(e.Message, ".bmpx", ".png, .svg or .pdf");
        Assert.Empty(folder.Files());
    }

    [Fact]
    public void Missing_extension_throws()
    {
        using var folder = new PlotFolder();
        var e = Assert.Throws<ScalingLawsException>(() => ScalingPlots.Save(Plot(), folder.PathOf("figure")));
        Messages.AssertOneLine(e.Message);
    }

    [Fact]
    public void Extension_is_case_insensitive()
    {
        using var folder = new PlotFolder();
        Assert.Equal(FigureFormat.Png, ScalingPlots.Save(Plot(), folder.PathOf("a.PNG")).Format);
        Assert.Equal(FigureFormat.Svg, ScalingPlots.Save(Plot(), folder.PathOf("b.Svg")).Format);
    }

    [Fact]
    public void Missing_folder_throws_one_line()
    {
        using var folder = new PlotFolder();
        var path = Path.Combine(folder.FullName, "no", "such", "folder", "figure.png");

        var e = Assert.Throws<ScalingLawsException>(() => ScalingPlots.Save(Plot(), path));
        Messages.AssertOneLine(e.Message, "figure.png");
    }

    [Fact]
    public void Failed_rename_leaves_no_temporary_file()
    {
        using var folder = new PlotFolder();
        // The target name is taken by a folder, so the final rename fails after the temporary file was written.
        Directory.CreateDirectory(folder.PathOf("figure.png"));

        var e = Assert.Throws<ScalingLawsException>(() => ScalingPlots.Save(Plot(), folder.PathOf("figure.png")));
        Messages.AssertOneLine(e.Message);
        Assert.Equal(["figure.png"], [.. Directory.GetFileSystemEntries(folder.FullName).Select(e => Path.GetFileName(e))]);
    }

    [Fact]
    public void Overwrites_atomically_and_leaves_no_temporary_file()
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
    public void Non_positive_size_throws(int width, int height)
    {
        using var folder = new PlotFolder();
        var e = Assert.Throws<ScalingLawsException>(() => ScalingPlots.Save(Plot(), folder.PathOf("figure.png"), width, height));
        Messages.AssertOneLine(e.Message);
        Assert.Empty(folder.Files());
    }
}
