namespace ScalingLaws.Cli.Options;

/// <summary><c>--format NAME</c> of the readers: what FILE holds, when neither its name nor its content tells (or tells wrong).</summary>
internal static class FormatOption
{
    public static Option<string?> Create() => new Option<string?>("--format")
    {
        HelpName = "NAME",
        Description = $"What FILE holds, when its extension and content do not tell: {string.Join(", ", InputFormats.Names)}.",
    }.CheckedBy(text => Parse(text));

    public static InputFormat? Parse(string? text) => text is null ? null
        : InputFormats.Find(text) ?? throw new ScalingLawsException(
            $"--format '{text}': unknown format{IO.EditDistance.DidYouMean(text, InputFormats.Names)}; give one of {string.Join(", ", InputFormats.Names)}.");
}
