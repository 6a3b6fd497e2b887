using ScalingLaws.Training.Kernels;
using ScalingLaws.Training.Store;
using ScalingLaws.Training.Study;

namespace ScalingLaws.Cli.Commands.Study;

/// <summary><c>scaling study run</c>: train every size on every token budget, resumably, writing the tables the other commands read.</summary>
internal static class StudyRunCommand
{
    public static Command Create(CliConsole console)
    {
        var sizes = ValueList.Create("--params", "Model sizes N: target non-embedding parameter counts, e.g. 50K,100K,200K (shapes: d ≈ 32·L, heads of 16).");
        var tokens = ValueList.Create("--tokens", "Training tokens per run, e.g. 1M,2M,4M.");
        var data = new DataOptions();
        var training = new StudyTrainingOptions();
        var output = new Option<string>("--out") { Description = "The study directory; an existing one with the same options is resumed.", Required = true };
        var quiet = CommonOptions.Quiet();

        var command = new Command("run", "Train a sweep of decoder-only transformers (every size × every token budget) and record the held-out loss overall and per position at each checkpoint. Stop it at any time; run it again to resume.\n\nExample:\n  scaling study run --params 50K,100K,200K,400K,800K --tokens 1M,2M,4M --schedule wsd --synthetic --out study")
        {
            sizes, tokens, data, training, output, quiet
        };
        RenamedOption.Add(command, "--sizes", "--params");
        return command.Runs(console, (parse, cancellation) =>
        {
            AtomicFile.CheckFolder(parse.GetValue(output)!);
            var threads = training.Threads(parse); // checked before the study's folder is made
            var spec = training.CreateSpec(parse, [.. ValueList.Amounts(parse, sizes, OptionValues.Positive).Distinct()], [.. ValueList.Amounts(parse, tokens, OptionValues.Positive).Distinct()]);
            var source = data.Open(parse, spec);
            var runs = StudyPlan.Create(spec, source.Data.Vocabulary);
            var directory = StudyDirectory.Open(parse.GetValue(output)!, source.Manifest(spec, runs), runs);
            Action<StudyProgress>? progress = parse.GetValue(quiet) ? null : new StudyProgressView(console.Error).Report;
            new StudyRunner(source.Data, directory, new Workers(threads)).Run(runs, progress, cancellation);
            directory.WriteTables();
            StudyRunView.Write(console.Ansi, directory);
            return 0;
        });
    }
}
