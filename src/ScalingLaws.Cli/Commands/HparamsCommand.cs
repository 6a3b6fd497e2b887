using ScalingLaws.Planning.Hyperparameters;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling hparams</c>: the peak learning rate and batch size a published law prescribes for a run.</summary>
internal static class HparamsCommand
{
    private const int DefaultResamples = 1000;

    public static Command Create(CliConsole console)
    {
        var law = ChoiceOption.Create(
            "--law", $"The learning-rate and batch-size law: {string.Join(" or ", HyperparameterLaws.All.Select(l => $"{l.Name} ({l.Source})"))}.",
            [.. HyperparameterLaws.All.Select(l => new Choice<HyperparameterLaw>(l.Name, l))]);
        var sweep = new Option<string?>("--sweep")
        {
            Description = "Fit the laws to a sweep of your own instead: a runs table with lr and batch_tokens columns (several learning rates and batch sizes per model size and token count).",
        };
        var parameters = new Option<string?>("--params") { Description = "Model size N (non-embedding parameters), e.g. 7B." };
        var tokens = new Option<string?>("--tokens") { Description = "Training tokens D, e.g. 1.4T." };
        var flops = new Option<string?>("--flops") { Description = "Training compute C in FLOPs, e.g. 1e21; with N or D gives the other by C = 6ND." };
        var context = new Option<int?>("--context") { Description = "Tokens per sequence, to give the batch in sequences too, e.g. 4096." };
        var json = CommonOptions.Json();
        var bootstrap = new BootstrapOptions($"the runs within each cell of --sweep (default {DefaultResamples})");

        var command = new Command("hparams", "The peak learning rate and batch size (tokens) for a run, from a published law: Step Law from N and D, DeepSeek's from the compute C.\n\nExample:\n  scaling hparams --law step-law --params 7B --tokens 1.4T --context 4096")
        {
            law, sweep, parameters, tokens, flops, context, json, bootstrap
        };
        return command.Runs(console, (parse, _) =>
        {
            var (published, sweepFile) = (parse.GetValue(law)?.Value, parse.GetValue(sweep));
            if ((published is null) == (sweepFile is null))
                throw new ScalingLawsException(published is null
                    ? "give one of --law step-law|deepseek (published constants) or --sweep FILE (fitted to your runs)."
                    : "--law and --sweep together: --law takes a law's published constants and --sweep fits them to your runs; give one of them.");
            var given = parse.GetResult(bootstrap.Resamples) is not null;
            if (given && sweepFile is null)
                throw new ScalingLawsException("--bootstrap resamples a sweep's runs: give --sweep FILE, or leave --bootstrap out (a published law has no runs to resample).");
            var (resamples, seed) = (given ? bootstrap.Count(parse) : DefaultResamples, parse.GetValue(bootstrap.Seed));
            var fitted = sweepFile is null ? null : SweepReader.Fit(sweepFile, resamples, seed);
            var chosen = fitted is null ? published! : new FittedHyperparameterLaw(fitted, $"fitted to {sweepFile}");
            var (givenParams, givenTokens) = (Quantity(parse, parameters), Quantity(parse, tokens));
            var point = PredictionPoints.Complete(new Observation(givenParams, givenTokens, Quantity(parse, flops), double.NaN));
            var sequenceLength = parse.GetValue(context);
            if (sequenceLength is <= 0)
                throw new ScalingLawsException($"--context {sequenceLength}: give the tokens per sequence as a positive whole number, e.g. 4096.");
            if (double.IsFinite(point.Params) || double.IsFinite(point.Flops))
                RefuseImpossible(chosen, point);
            var sweepView = fitted is null ? null : SweepFitView.Of(fitted);
            // A fitted law without a point to read it at is the fit alone.
            var result = sweepView is not null && !(double.IsFinite(point.Params) && double.IsFinite(point.Tokens))
                ? null
                : HyperparameterView.Of(chosen, point, sequenceLength) with
                {
                    Sweep = sweepView,
                    Bootstrap = fitted?.Bootstrap is { } b ? new SweepBootstrapView(b.Requested, b.Replicates, seed) : null,
                };
            // Once nothing is refused (a refusal is one line); a quantity not given is NaN, below no floor: what the user wrote is warned about, as predict does.
            foreach (var warning in UnitlessSizeOption.Warnings(Field.Params, parameters.Name, [givenParams]).Concat(UnitlessSizeOption.Warnings(Field.Tokens, tokens.Name, [givenTokens])))
                console.Error.WriteLine(warning);
            console.Answer(parse.GetValue(json),
                () => result is null ? CliJson.Serialize(new SweepOnlyJson(sweepView)) : CliJson.Serialize(result),
                ansi =>
                {
                    sweepView?.Write(ansi);
                    if (result is not null)
                        HyperparameterView.Write(ansi, result);
                });
            return 0;
        });
    }

    // A point far outside the law's runs (1 parameter, 1e308 tokens) gives a learning rate above 1 or a batch below one
    // token or beyond the whole run: numbers, not advice, so refused rather than printed.
    private static void RefuseImpossible(HyperparameterLaw law, Observation point)
    {
        var optimum = law.At(point.Params, point.Tokens, point.Flops);
        if (!optimum.IsImpossibleFor(point.Tokens))
            return;
        var given = string.Join(", ", new[] { ("N", point.Params), ("D", point.Tokens), ("C", point.Flops) }
            .Where(g => double.IsFinite(g.Item2)).Select(g => $"{g.Item1} = {QuantityFormat.Count(g.Item2)}"));
        throw new ScalingLawsException($"{given}: {law.Name} gives a learning rate of {Numbers.Format(optimum.LearningRate, 3)} and a batch of {Numbers.Format(optimum.BatchTokens, 3)} tokens, which no run could train with (a rate of 1 or more, or a batch below one token or beyond the run's tokens): the point is far outside the runs the law was fitted on; give the size of a real run.");
    }

    // NaN for a quantity not given: the point is completed from the others (C = 6ND). A count below one is refused, as predict's is.
    private static double Quantity(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } text ? OptionValues.Count(text, $"{option.Name} {text}") : double.NaN;
}
