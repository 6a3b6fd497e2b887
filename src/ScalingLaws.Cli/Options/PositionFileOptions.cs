using ScalingLaws.Temporal;

namespace ScalingLaws.Cli.Options;

/// <summary>How the per-position commands read FILE: the file of checkpoints and, when it holds several runs, which one.</summary>
internal sealed class PositionFileOptions : IOptionGroup
{
    public Argument<string> File { get; } = new("FILE")
    {
        Description = "Per-position losses, one row per checkpoint: CSV/TSV with step, tokens, lr (optional), pos_1 … pos_T, or JSON Lines with a positions array.",
    };

    public Option<string?> Run { get; } = new("--run")
    {
        HelpName = "NAME",
        Description = "The run to analyse when the file holds several (its run column).",
    };

    public Option<string?> Delimiter { get; } = DelimiterOption.Create();

    public Option<string?> Format { get; } = FormatOption.Create();

    public Option<double?> FromStep { get; } = QuantityOption.Step(
        "--from-step", "Leave out the checkpoints before this step: the first moments of training, before the reciprocal law holds.");

    public void AddTo(Command command)
    {
        command.AddAll(File, Run, FromStep, Delimiter, Format);
    }

    public PositionLosses Load(ParseResult parse)
    {
        var run = Read(parse.GetValue(File)!, parse.GetValue(Run), DelimiterOption.Parse(parse.GetValue(Delimiter)), FormatOption.Parse(parse.GetValue(Format)));
        return parse.GetValue(FromStep) is { } step ? run.FromStep(step) : run;
    }

    /// <summary>The run <paramref name="name"/> of the file at <paramref name="path"/>, or its only run.</summary>
    public static PositionLosses Read(string path, string? name, char? delimiter = null, IO.InputFormat? format = null)
    {
        var runs = PositionLossReader.Read(path, delimiter, format);
        var names = string.Join(", ", runs.Select(r => $"'{r.Run}'"));
        if (name is not null)
            return runs.FirstOrDefault(r => r.Run == name)
                ?? throw new ScalingLawsException($"{path}: no run '{name}'; the file holds {names}.");
        return runs.Count == 1
            ? runs[0]
            : throw new ScalingLawsException($"{path} holds {runs.Count} runs ({names}); choose one with --run NAME.");
    }
}
