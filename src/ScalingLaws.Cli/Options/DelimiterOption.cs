namespace ScalingLaws.Cli.Options;

/// <summary><c>--delimiter CHAR</c> of the table readers: one character, or a name for the ones a shell makes awkward.</summary>
internal static class DelimiterOption
{
    public static Option<string?> Create() => new Option<string?>("--delimiter")
    {
        HelpName = "CHAR",
        Description = "The field separator of FILE when it is not a comma (tab for .tsv): one character, or tab, semicolon, pipe, e.g. --delimiter ';'.",
    }.CheckedBy(text => Parse(text));

    public static char? Parse(string? text) => text switch
    {
        null => null,
        "tab" or "\\t" => '\t',
        "semicolon" => ';',
        "comma" => ',',
        "pipe" => '|',
        { Length: 1 } when text[0] is not ('"' or '\n' or '\r') => text[0],
        _ => throw new ScalingLawsException($"--delimiter '{text}': give one character, e.g. --delimiter ';', or tab."),
    };
}
