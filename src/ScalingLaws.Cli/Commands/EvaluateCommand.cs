using ScalingLaws.Estimation;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling evaluate FILE</c> or <c>--dataset NAME</c>: the Hitchhiker's guide's estimation study. How well
/// does a law fitted to the smaller models, on part of their runs, predict the largest model's loss?
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Inputs();
        var command = new Command("evaluate",
            "The Hitchhiker's guide's estimation study (Choshen et al. 2024): fit the law to the k smallest sizes on the first fraction p of their runs\n" +
            "and score the largest model's last 30 % by the mean absolute relative error (ARE), for every k and p.\n\n" +
            "Example:\n  scaling evaluate my_runs.csv --family-column config\n  scaling evaluate --dataset opt\n  scaling evaluate --dataset gpt3 --models 3,4 --json\n  scaling evaluate --dataset opt --one-model")
        {
            inputs
        };
        return command.Runs(console, (parse, cancellation) => inputs.Run(console, parse, cancellation));
    }

    /// <summary>The command's options, made once per command so that each parser owns its own.</summary>
    private sealed class Inputs : IOptionGroup
    {
        private StudyOptions Study { get; } = new();

        private Option<string[]> Models { get; } = ValueList.Create("--models", "The k to run, e.g. 3,4,5 (default: every k from 2 to the number of sizes less one).");

        private Option<double[]> Fractions { get; } = QuantityOption.List("--fit-fraction", "Fit on the first fraction p of each run, one or several, e.g. 0.1,0.5,1 (default: 0.1,0.2,…,1).");

        private Option<double?> TargetFraction { get; } = QuantityOption.Optional("--target-fraction", "Also train on the target's own first P of its run, e.g. 0.3.", "P");

        private Option<bool> ScaleDown { get; } = new("--scale-down") { Description = "Predict the smallest model from the k largest instead." };

        private Option<bool> OneModel { get; } = new("--one-model")
        {
            Description = "The one-model variant: a and alpha fixed at Muennighoff's values, b, e, beta fitted to one model at a time; rows are the training model.",
        };

        private AnswerOptions Answer { get; } = new();

        public void AddTo(Command command)
        {
            Study.AddTo(command);
            command.AddAll(Models, Fractions, TargetFraction, ScaleDown, OneModel);
            Answer.AddTo(command);
            RenamedOption.Add(command, "--fractions", "--fit-fraction");
        }

        public int Run(CliConsole console, ParseResult parse, CancellationToken cancellation)
        {
            var (dataset, runs) = Study.Load(parse);
            var table = runs.Table;
            var settings = Settings(parse);
            var oneModel = parse.GetValue(OneModel);
            if (oneModel)
                RefuseGridOptions(parse);
            StudyResult result;
            using (var bar = ProgressBar.For(console, Answer.Silent(parse)))
                result = oneModel
                    ? new OneModelStudy(settings with { Progress = bar }).Run(table, cancellation)
                    : new EvaluationStudy(settings with { Progress = bar }).Run(table, cancellation);
            var method = oneModel ? settings.Method.OneModel() : settings.Method;
            console.Answer(Answer.IsJson(parse),
                () => SelectionJson.Serialize(EvaluateView.Json(result, oneModel), runs),
                ansi => EvaluateView.Write(ansi, dataset, table.Notes, method, settings, result, oneModel));
            if (!UnscoredStudy.Applies(result))
                return 0;
            console.Error.WriteLine(UnscoredStudy.Warning(table, settings.MinTokens));
            return FitExit.Unusable;
        }

        private EvaluationSettings Settings(ParseResult parse)
        {
            double[] fractions = [.. (parse.GetValue(Fractions) ?? []).Select(p => Fraction(p, Fractions.Name)).Distinct()];
            return new EvaluationSettings
            {
                Method = Study.Method(parse),
                MinTokens = Study.Cut(parse),
                Fractions = fractions.Length > 0 ? fractions : EvaluationSettings.StudyFractions,
                ModelCounts = ModelCounts(parse),
                TargetFraction = parse.GetValue(TargetFraction) is { } target ? Fraction(target, TargetFraction.Name) : null,
                ScaleDown = parse.GetValue(ScaleDown),
            };
        }

        // The one-model variant trains on each size alone and always predicts the largest.
        private void RefuseGridOptions(ParseResult parse)
        {
            foreach (var option in new Option[] { Models, TargetFraction, ScaleDown }.Where(o => parse.GetResult(o) is { Implicit: false }))
                throw new ScalingLawsException($"{option.Name} does not apply with --one-model, which trains on one model at a time and predicts the largest; leave it out.");
        }

        private static double Fraction(double p, string option) => p > 0 && p <= 1
            ? p
            : throw new ScalingLawsException($"{option} {p}: a fraction of the run must be above 0 and at most 1, e.g. 0.3.");

        // The range of k depends on the family, so the study checks it; here only that each is a whole number.
        private int[]? ModelCounts(ParseResult parse)
        {
            var values = ValueList.Parse(parse, Models, OptionValues.Number);
            foreach (var k in values.Where(k => k != Math.Floor(k) || k < EvaluationSettings.MinimumK))
                throw new ScalingLawsException($"--models {k}: give whole numbers of model sizes, at least {EvaluationSettings.MinimumK}.");
            return values.Length > 0 ? [.. values.Select(k => (int)k).Distinct()] : null;
        }
    }
}
