namespace ScalingLaws.Cli.Options;

/// <summary>
/// --json and --quiet of the commands that show progress while they work: --json prints one JSON object instead of the
/// report and, like --quiet, leaves the progress out.
/// </summary>
internal sealed class AnswerOptions : IOptionGroup
{
    public Option<bool> Json { get; } = CommonOptions.Json();

    public Option<bool> Quiet { get; } = CommonOptions.Quiet();

    public void AddTo(Command command) => command.AddAll(Json, Quiet);

    public bool IsJson(ParseResult parse) => parse.GetValue(Json);

    /// <summary>No progress: --json or --quiet.</summary>
    public bool Silent(ParseResult parse) => parse.GetValue(Json) || parse.GetValue(Quiet);
}
