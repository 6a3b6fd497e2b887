using System.CommandLine.Parsing;

namespace ScalingLaws.Cli.Options;

/// <summary>
/// <c>--out FILE</c> (and <c>--force</c> where the name does not choose the format), checked before any work so that an output
/// never replaces what the command reads, a folder, a device or a read-only file (<see cref="AtomicFile.CheckTarget"/>).
/// </summary>
internal sealed class OutputOptions : IOptionGroup
{
    private readonly OutputKind kind;

    public OutputOptions(OutputKind kind, string description, bool required = false)
    {
        this.kind = kind;
        Out = new Option<string?>("--out") { Description = description, Required = required };
        Force = kind.Forceable ? new Option<bool>("--force") { Description = $"Write --out even when its name does not end in {kind.Extensions[0]}." } : null;
    }

    public Option<string?> Out { get; }

    public Option<bool>? Force { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(Out);
        if (Force is not null)
            command.Options.Add(Force);
    }

    /// <summary>The --out path after the checks, or null when none was given.</summary>
    public string? Check(ParseResult parse)
    {
        if (parse.GetResult(Out) is null)
            return null;
        var path = parse.GetValue(Out) ?? "";
        AtomicFile.CheckTarget(path, kind, Inputs(parse, Out), Force is not null && parse.GetValue(Force));
        return path;
    }

    /// <summary>Every value given to the command's arguments and other options: whatever it may read.</summary>
    public static IEnumerable<string> Inputs(ParseResult parse, Option output) =>
        parse.CommandResult.Children.SelectMany(child => child switch
        {
            ArgumentResult argument => argument.Tokens,
            OptionResult option when option.Option != output => option.Tokens,
            _ => [],
        }).Select(token => token.Value);
}
