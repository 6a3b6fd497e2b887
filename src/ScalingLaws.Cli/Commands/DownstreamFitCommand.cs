using ScalingLaws.Downstream;
using ScalingLaws.IO.Downstream;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling downstream fit</c>: an accuracy law for one task (with --out, a law file) or a table of every task.</summary>
internal static class DownstreamFitCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new TaskDataOptions();
        var kind = DownstreamCommand.LawKind();
        var json = CommonOptions.Json();
        var output = new OutputOptions(OutputKind.LawFile, "Also write the law to an accuracy-law file for 'scaling downstream predict --law-file'.");
        var command = new Command("fit",
            "Fit an accuracy law to one task's scores, or to each task (--task all), and say whether the runs can predict it:\n" +
            "a task whose fitted scores are indistinguishable from chance is declared unpredictable.\n\n" +
            "Example:\n  scaling downstream fit --dataset pythia-tasks --task all --metric acc\n  scaling downstream fit scores.csv --task arc_easy --law direct --out arc.json")
        {
            data, kind, json, output
        };
        // The spelling issue 16 gave the law's kind (--form sigmoid|exponential|direct): still read, with a note.
        var oldForm = RenamedOption.Accept(command, "--form", "--law");
        return command.Runs(console, (parse, cancellation) =>
        {
            var form = oldForm.OldValue(parse, kind);
            if (form is not null)
                console.Error.WriteLine(oldForm.Note);
            var law = form is null ? parse.GetValue(kind)!.Value : ChoiceOption.Find(form, "--form", DownstreamCommand.AccuracyLaws);
            var target = output.Check(parse);
            var (table, request) = data.Load(parse);
            var tasks = data.Tasks(parse, table, request);
            if (target is not null && tasks.Count > 1)
                throw new ScalingLawsException($"--out {target}: an accuracy-law file holds one task's law, and --task all fits {tasks.Count}; fit one --task.");
            foreach (var task in tasks)
                RequireLoss(law, task);
            if (tasks.Count == 1)
                return FitOne(console, law, tasks[0], parse.GetValue(json), target, cancellation);
            var rows = tasks.Select(t => FitOrFloor(law, t, cancellation)).ToList();
            console.Answer(parse.GetValue(json),
                () => CliJson.Serialize(new AccuracyFitsJson([.. rows.Select(r => r.Fit is { } fit ? Document(fit) : Floor(law, r.Task, r.Verdict))])),
                ansi => DownstreamFitView.WriteAll(ansi, table.Source, law, rows));
            return 0;
        });
    }

    private static int FitOne(CliConsole console, AccuracyLaw law, TaskScores task, bool json, string? target, CancellationToken cancellation)
    {
        var fit = new AccuracyFitter(law).Fit(task, cancellation);
        var document = Document(fit);
        if (target is not null)
            AccuracyLawFile.Write(target, document);
        console.Answer(json, () => CliJson.Serialize(document), ansi => DownstreamFitView.Write(ansi, task.Source, fit, target));
        return 0;
    }

    // A task whose every score is at or below chance, or the same, gets its verdict and no fit.
    private static (TaskScores Task, AccuracyFit? Fit, TaskVerdict? Verdict) FitOrFloor(AccuracyLaw law, TaskScores task, CancellationToken cancellation)
    {
        if (Predictability.Unfittable(task) is { } verdict)
            return (task, null, verdict);
        var fit = new AccuracyFitter(law).Fit(task, cancellation);
        return (task, fit, fit.Verdict);
    }

    private static AccuracyLawDocument Floor(AccuracyLaw law, TaskScores task, TaskVerdict? verdict) =>
        new() { Task = task.Task, Metric = task.Metric, Chance = task.Chance, Law = law.Name, Formula = law.Formula, Rows = task.Count, Predictable = false, Verdict = VerdictText.Describe(verdict) };

    private static AccuracyLawDocument Document(AccuracyFit fit) => AccuracyLawDocument.From(fit, VerdictText.Describe(fit.Verdict));

    /// <summary>The loss forms need a loss on every row: say where to name it.</summary>
    public static void RequireLoss(AccuracyLaw law, TaskScores task)
    {
        if (law.Input == AccuracyInput.Loss && !task.HasLoss)
            throw new ScalingLawsException(
                $"{task.Source}: task '{task.Task}' has rows without a loss, which the {law.Name} law reads; name the loss with --loss-column COL (in a long table TASK:METRIC rows, e.g. lambada_openai:ppl), or fit against compute with --law direct.");
        if (law.Input == AccuracyInput.Compute && task.Rows.Any(r => !(r.Compute > 0)))
            throw new ScalingLawsException($"{task.Source}: task '{task.Task}' has rows without params and tokens, which the direct law reads as compute C = 6ND; add them, or fit against a loss with --law exponential or sigmoid.");
    }
}
