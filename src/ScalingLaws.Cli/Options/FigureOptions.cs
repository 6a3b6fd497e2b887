using System.CommandLine;
using ScalingLaws.IO;
using ScalingLaws.Plotting;
using ScottPlot;

namespace ScalingLaws.Cli.Options;

/// <summary>Where and how big every <c>scaling plot</c> figure is written.</summary>
internal sealed class FigureOptions(CliConsole console)
{
    public Option<string> Out { get; } = new("--out")
    {
        Description = "The figure to write: FILE.png or FILE.svg (the extension picks the format).",
        Required = true,
    };

    public Option<int> Width { get; } = new("--width") { Description = "Width in pixels.", DefaultValueFactory = _ => 800 };

    public Option<int> Height { get; } = new("--height") { Description = "Height in pixels.", DefaultValueFactory = _ => 600 };

    public Option<string?> Title { get; } = new("--title") { Description = "A title instead of the default one." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Out, Width, Height, Title })
            command.Options.Add(option);
    }

    /// <summary>Rejects a file name the figure could not be saved under, before any work is done.</summary>
    public void Check(ParseResult parse)
    {
        var extension = Path.GetExtension(parse.GetValue(Out)!).ToLowerInvariant();
        if (extension is not (".png" or ".svg"))
            throw new ScalingLawsException($"--out {parse.GetValue(Out)}: unknown image format '{extension}'; use a .png or .svg file name.");
    }

    /// <summary>Saves the figure to --out (or to <paramref name="path"/>) and says where it went.</summary>
    public int Save(ParseResult parse, Plot plot, string? path = null) =>
        Report(ScalingPlots.Save(plot, path ?? parse.GetValue(Out)!, parse.GetValue(Width), parse.GetValue(Height)));

    /// <summary>Saves a figure of stacked panels to --out and says where it went.</summary>
    public int Save(ParseResult parse, Multiplot panels) =>
        Report(ScalingPlots.SavePanels(panels, parse.GetValue(Out)!, parse.GetValue(Width), parse.GetValue(Height)));

    private int Report(SavedFigure saved)
    {
        console.Out.WriteLine($"wrote {saved.Path} ({saved.Format.ToString().ToUpperInvariant()}, {saved.Width}×{saved.Height}, {Quantity.Format(saved.Bytes)}B)");
        return 0;
    }
}
