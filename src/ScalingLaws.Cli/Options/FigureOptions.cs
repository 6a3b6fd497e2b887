using ScalingLaws.Plotting;
using ScottPlot;

namespace ScalingLaws.Cli.Options;

/// <summary>Where, how big and how every <c>scaling plot</c> figure is written: one declaration of these options for all of them.</summary>
internal sealed class FigureOptions(CliConsole console) : IOptionGroup
{
    private readonly OutputOptions output = new(OutputKind.Figure, "The figure to write: FILE.png, FILE.svg or FILE.pdf (the extension picks the format; PDF and SVG are vector, text kept as text).", required: true);

    public Option<string?> Out => output.Out;

    public Option<int> Width { get; } = new("--width") { Description = "Width in pixels at 96 dpi. Figures are laid out for 800×600; a larger one is that layout drawn larger, text included.", DefaultValueFactory = _ => 800 };

    public Option<int> Height { get; } = new("--height") { Description = "Height in pixels at 96 dpi.", DefaultValueFactory = _ => 600 };

    public Option<string?> Title { get; } = new("--title") { Description = "A title instead of the default one." };

    public Option<string?> XLimits { get; } = new("--xlim") { HelpName = "LO:HI", Description = "The horizontal axis's span in data units, e.g. 1e18:1e22 (a log axis too); on 'plot curve', both panels'." };

    public Option<string?> YLimits { get; } = new("--ylim") { HelpName = "LO:HI", Description = "The vertical axis's span in data units, e.g. 2.0:3.5; on 'plot curve', the loss panel's." };

    public Option<string> FontScale { get; } = new("--font-scale") { HelpName = "F", Description = "Multiply every text size by F, on top of --style.", DefaultValueFactory = _ => "1" };

    public Option<int> Dpi { get; } = new("--dpi") { HelpName = "N", Description = "PNG resolution: 96 draws one pixel per unit of --width; 300 gives 3.125 times as many pixels each way, same layout.", DefaultValueFactory = _ => FigureSettings.BaseDpi };

    public Option<Choice<FigureMedium>> Style { get; } = ChoiceOption.Create<FigureMedium>(
        "--style", "paper: large text for a figure shrunk to one column; screen: text at 70% for viewing full size.",
        [new("paper", FigureMedium.Paper), new("screen", FigureMedium.Screen)], "paper");

    /// <summary>The largest --dpi: 2,400 dpi at the largest size would already be a gigapixel image.</summary>
    public const int MaxDpi = 2_400;

    public void AddTo(Command command)
    {
        command.AddAll(Out, Width, Height, Title, XLimits, YLimits, FontScale, Dpi, Style);
    }

    /// <summary>
    /// Sets the action of a <c>plot</c> command and returns the command: --out and the figure's options are checked first, so
    /// that a bad one fails before anything is read or drawn; then <paramref name="draw"/> draws and saves the figure.
    /// </summary>
    public Command Draws(Command command, Func<ParseResult, CancellationToken, int> draw) =>
        command.Runs(console, (parse, cancellation) =>
        {
            Check(parse);
            return draw(parse, cancellation);
        });

    // Rejects a file name the figure could not or should not be saved under (an input, a device), and any bad size, resolution, limit or style, before any work is done.
    private void Check(ParseResult parse)
    {
        foreach (var size in new[] { Width, Height })
        {
            var pixels = parse.GetValue(size);
            if (pixels is < MinPixels or > MaxPixels)
                throw new ScalingLawsException($"{size.Name} {pixels}: give a size from {MinPixels} to {MaxPixels:N0} pixels (a figure is laid out for 800×600 and drawn to scale).");
        }
        var (width, height) = Settings(parse).Pixels;
        if (Path.GetExtension(parse.GetValue(Out) ?? "").Equals(".png", StringComparison.OrdinalIgnoreCase) && Math.Max(width, height) > MaxPixels)
            throw new ScalingLawsException($"--dpi {parse.GetValue(Dpi)}: the PNG would be {width:N0}×{height:N0} pixels; keep --width and --height times --dpi/96 within {MaxPixels:N0}.");
        output.Check(parse);
    }

    /// <summary>Size, resolution, text and axis limits as given; each value checked with a one-line error naming its option.</summary>
    public FigureSettings Settings(ParseResult parse)
    {
        var dpi = parse.GetValue(Dpi);
        if (dpi is < 1 or > MaxDpi)
            throw new ScalingLawsException($"--dpi {dpi}: give a resolution from 1 to {MaxDpi:N0} dots per inch (96 is one pixel per unit of --width).");
        var fontScale = parse.GetValue(FontScale)!;
        return new FigureSettings
        {
            Width = parse.GetValue(Width),
            Height = parse.GetValue(Height),
            Dpi = dpi,
            FontScale = TextScale(fontScale),
            Style = parse.GetValue(Style)!.Value,
            XLimits = Limits(parse, XLimits),
            YLimits = Limits(parse, YLimits),
        };
    }

    // Text beyond a few times its size leaves no room for the plot (at 1000 the figure was white), and below a tenth it is under two pixels high.
    private static double TextScale(string text)
    {
        var scale = OptionValues.Positive(text, $"--font-scale {text}");
        return scale is >= MinFontScale and <= MaxFontScale
            ? scale
            : throw new ScalingLawsException($"--font-scale {text}: give a factor from {MinFontScale} to {MaxFontScale}; text {(scale > MaxFontScale ? "larger leaves no room for the plot" : "smaller is under two pixels high")}.");
    }

    private const double MinFontScale = 0.1, MaxFontScale = 3;

    // "LO:HI" in any quantity form the other options take (2.1, 1e18, 70B), the lower first.
    private static AxisRange? Limits(ParseResult parse, Option<string?> option)
    {
        if (parse.GetValue(option) is not { } text)
            return null;
        var parts = text.Split(':');
        // '3:' left an end out: it was "'' is not a quantity; no value was given; … leave the option out".
        if (parts.Length != 2 || parts.Any(p => p.Trim().Length == 0))
            throw new ScalingLawsException($"{option.Name} {text}: give the span as LO:HI, e.g. {option.Name} 1e18:1e22.");
        var (low, high) = (OptionValues.Number(parts[0].Trim(), $"{option.Name} {text}"), OptionValues.Number(parts[1].Trim(), $"{option.Name} {text}"));
        if (!(low < high) || !double.IsFinite(low) || !double.IsFinite(high))
            throw new ScalingLawsException(Unordered(option, text));
        return new AxisRange(low, high);
    }

    private static string Unordered(Option<string?> option, string? text) =>
        $"{option.Name} {text}: the lower end must come first and both must be finite, e.g. {option.Name} 2.0:3.5.";

    /// <summary>The largest width or height: a 10,000-pixel square PNG is 400 MB in memory while it is drawn (20,000 pixels, 1.6 GB, were taken before round 17).</summary>
    public const int MaxPixels = 10_000;

    /// <summary>The smallest width or height: the 800×600 layout drawn smaller has text under a pixel (a 1-pixel-wide SVG held 5.5 MB of grid lines).</summary>
    public const int MinPixels = 100;

    /// <summary>Saves the figure to --out (or to <paramref name="path"/>) and says where it went.</summary>
    public int Save(ParseResult parse, Plot plot, string? path = null)
    {
        if (path is not null)
            AtomicFile.CheckTarget(path, OutputKind.Figure, OutputOptions.Inputs(parse, Out));
        return Report(parse, () => ScalingPlots.Save(plot, path ?? parse.GetValue(Out)!, Settings(parse)));
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
        Report(parse, () => ScalingPlots.SavePanels(panels, parse.GetValue(Out)!, Settings(parse)));

    private int Report(ParseResult parse, Func<SavedFigure> save)
    {
        SavedFigure saved;
        try
        {
            saved = save();
        }
        catch (AxisLimitsException e)
        {
            // Only the figure knows which of its axes are logarithmic: its refusal is worded here with the option given.
            var option = e.Horizontal ? XLimits : YLimits;
            var axis = e.Horizontal ? "horizontal" : "vertical";
            throw new ScalingLawsException(e.Logarithmic
                ? $"{option.Name} {parse.GetValue(option)}: the {axis} axis of this figure is logarithmic; give limits above zero, e.g. {option.Name} {Quantity.FormatScientific(e.Range.High / 1000)}:{Quantity.FormatScientific(e.Range.High)}."
                : Unordered(option, parse.GetValue(option)));
        }
        console.Out.WriteLine($"wrote {saved.Path} ({saved.Format.ToString().ToUpperInvariant()}, {saved.Width}×{saved.Height}, {Quantity.Format(saved.Bytes)}B)");
        return 0;
    }
}
