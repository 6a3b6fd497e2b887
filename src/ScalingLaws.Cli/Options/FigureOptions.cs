using ScalingLaws.Data;
using System.CommandLine;
using ScalingLaws.IO;
using ScalingLaws.IO.LawFiles;
using ScalingLaws.Plotting;
using ScottPlot;

namespace ScalingLaws.Cli.Options;

/// <summary>Where and how big every <c>scaling plot</c> figure is written.</summary>
internal sealed class FigureOptions(CliConsole console)
{
    private readonly OutputOptions output = new(OutputKind.Figure, "The figure to write: FILE.png or FILE.svg (the extension picks the format).", required: true);

    public Option<string?> Out => output.Out;

    public Option<int> Width { get; } = new("--width") { Description = "Width in pixels.", DefaultValueFactory = _ => 800 };

    public Option<int> Height { get; } = new("--height") { Description = "Height in pixels.", DefaultValueFactory = _ => 600 };

    public Option<string?> Title { get; } = new("--title") { Description = "A title instead of the default one." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Out, Width, Height, Title })
            command.Options.Add(option);
    }

    /// <summary>Rejects a file name the figure could not or should not be saved under (an input, a device), before any work is done.</summary>
    public void Check(ParseResult parse)
    {
        foreach (var size in new[] { Width, Height })
        {
            var pixels = parse.GetValue(size);
            if (pixels is < 1 or > MaxPixels)
                throw new ScalingLawsException($"{size.Name} {pixels}: give a size from 1 to {MaxPixels:N0} pixels.");
        }
        output.Check(parse);
    }

    /// <summary>The largest width or height: a 20,000-pixel square PNG is already 1.6 GB in memory while it is drawn.</summary>
    public const int MaxPixels = 20_000;

    /// <summary>Saves the figure to --out (or to <paramref name="path"/>) and says where it went.</summary>
    public int Save(ParseResult parse, Plot plot, string? path = null)
    {
        if (path is not null)
            AtomicFile.CheckTarget(path, OutputKind.Figure, OutputOptions.Inputs(parse, Out));
        return Report(ScalingPlots.Save(plot, path ?? parse.GetValue(Out)!, parse.GetValue(Width), parse.GetValue(Height)));
    }

    /// <summary><see cref="Save(ParseResult, Plot, string?)"/> of a figure drawn from <paramref name="runs"/>, first repeating their warnings (e.g. rows pooled across families): a figure alone would hide them.</summary>
    public int Save(ParseResult parse, Plot plot, ObservationTable? runs)
    {
        foreach (var warning in runs?.Notes.Where(n => n.StartsWith("warning: ", StringComparison.Ordinal)) ?? [])
            console.Out.WriteLine(warning);
        return Save(parse, plot);
    }

    /// <summary>Saves a figure of stacked panels to --out and says where it went.</summary>
    public int Save(ParseResult parse, Multiplot panels) =>
        Report(ScalingPlots.SavePanels(panels, parse.GetValue(Out)!, parse.GetValue(Width), parse.GetValue(Height)));

    private int Report(SavedFigure saved)
    {
        console.Out.WriteLine($"wrote {saved.Path} ({saved.Format.ToString().ToUpperInvariant()}, {saved.Width}×{saved.Height}, {Quantity.Format(saved.Bytes)}B)");
        return 0;
    }
}
