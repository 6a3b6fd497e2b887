using ScalingLaws.Counting;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling flops</c>: the parameters of a transformer shape under Kaplan's and Hoffmann's
/// conventions, and its training FLOPs under 6ND, Kaplan's count and Chinchilla's Appendix F.
/// </summary>
internal static class FlopsCommand
{
    public static Command Create(CliConsole console)
    {
        var layers = Dimension("--layers", "Number of layers L, e.g. 80.", required: true);
        var dModel = Dimension("--d-model", "Model width d_model, e.g. 8192.", required: true);
        var heads = Dimension("--heads", "Attention heads, e.g. 64.", required: true);
        var feedForward = Dimension("--d-ff", "Feed-forward width d_ff (default 4·d_model).", required: false);
        var headSize = Dimension("--head-size", "Key/query size per head (default d_model/heads).", required: false);
        var vocabulary = Dimension("--vocab", "Vocabulary size V, e.g. 32000.", required: true);
        var sequence = Dimension("--context", "Context length n_ctx: tokens per training sequence, e.g. 2048.", required: true);
        var tokens = new Option<string>("--tokens") { Description = "Training tokens D, e.g. 1.4T.", Required = true };
        var json = CommonOptions.Json();

        var command = new Command("flops", "Count the parameters and training FLOPs of a transformer shape.\n\nExample:\n  scaling flops --layers 80 --d-model 8192 --heads 64 --d-ff 32768 --vocab 32000 --context 2048 --tokens 1.4T")
        {
            layers, dModel, heads, feedForward, headSize, vocabulary, sequence, tokens, json
        };
        RenamedOption.Add(command, "--seq", "--context");
        return command.Runs(console, (parse, _) =>
        {
            int? Size(Option<string?> option) => WholeNumber(parse.GetValue(option), option.Name);
            AtMostWidth(parse, heads, dModel, "heads", "each head takes at least one of its dimensions");
            AtMostWidth(parse, headSize, dModel, "a head's key/query size", "a head is projected from d_model, so it is never wider");
            // The shape's own refusal says "d_model" and "the head size": here they are options.
            if (Size(headSize) is null && Size(dModel) % Size(heads) is > 0)
                throw new ScalingLawsException($"--d-model {parse.GetValue(dModel)} is not a multiple of --heads {parse.GetValue(heads)}, so the heads' size is not d_model/heads; give it with --head-size, e.g. --head-size 128, or change --heads.");
            var shape = new TransformerShape(
                Size(layers)!.Value, Size(dModel)!.Value, Size(heads)!.Value, Size(vocabulary)!.Value, Size(sequence)!.Value,
                Size(feedForward), Size(headSize));
            var trainingTokens = parse.GetValue(tokens)!;
            var report = FlopsReport.Of(shape, OptionValues.Count(trainingTokens, $"--tokens {trainingTokens}"));
            // Tokens a double holds can still make FLOPs it does not: the table would print "Infinity" as an answer.
            if (report.Conventions.FirstOrDefault(c => !double.IsFinite(c.Flops)) is { } overflow)
                throw new ScalingLawsException($"--tokens {trainingTokens}: the training FLOPs ({QuantityFormat.Scientific(overflow.FlopsPerToken)} per token) exceed the largest number a double holds (about 1.8e308); give the tokens of a real run, e.g. 1.4T.");
            console.Answer(parse.GetValue(json), () => CliJson.Serialize(report), ansi => FlopsView.Write(ansi, report));
            return 0;
        });
    }

    // Read as quantities, so a vocabulary can be written 32K; null leaves an optional size to the shape's default.
    private static Option<string?> Dimension(string name, string description, bool required) => new(name)
    {
        Description = description,
        Required = required,
    };

    // 100,000 heads or a head 100,000 wide of a 4,096-wide model counted FLOPs without a word.
    private static void AtMostWidth(ParseResult parse, Option<string?> option, Option<string?> dModel, string what, string why)
    {
        var (value, width) = (WholeNumber(parse.GetValue(option), option.Name), WholeNumber(parse.GetValue(dModel), dModel.Name));
        if (value > width)
            throw new ScalingLawsException($"{option.Name} {parse.GetValue(option)}: give from 1 to --d-model ({width:N0}); {what} cannot exceed d_model: {why}.");
    }

    private static int? WholeNumber(string? text, string option)
    {
        if (text is null)
            return null;
        var value = OptionValues.Number(text, $"{option} {text}");
        return value == Math.Floor(value) && value is >= 1 and <= int.MaxValue
            ? (int)value
            : throw new ScalingLawsException($"{option} {text}: give a positive whole number, e.g. {option} 64.");
    }
}
