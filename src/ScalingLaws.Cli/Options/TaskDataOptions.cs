using ScalingLaws.Downstream;
using ScalingLaws.IO.Downstream;

namespace ScalingLaws.Cli.Options;

/// <summary>
/// How the downstream commands read benchmark scores: FILE (long or wide) or --dataset pythia-tasks, the same row
/// selection as every other command (--family, --where, --exclude-model), and which task, metric, loss and chance level.
/// </summary>
internal sealed class TaskDataOptions : IOptionGroup
{
    public Argument<string> File { get; } = new("FILE")
    {
        Description = "Table of benchmark scores: long (task, metric, value, chance, stderr columns; one row per run, checkpoint and task) or wide (one column per task, with TASK_chance columns); or give --dataset.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string?> Dataset { get; } = CommonOptions.Dataset(["pythia-tasks"], DatasetCatalog.Find);

    public Option<string?> DataDir { get; } = CommonOptions.DataDir();

    public Option<string?> Delimiter { get; } = DelimiterOption.Create();

    public Option<string?> Format { get; } = FormatOption.Create();

    public SelectionOptions Selection { get; } = new();

    public Option<string> Task { get; } = new("--task") { HelpName = "NAME|all", Description = "The task to fit (e.g. piqa), or all: each task of the table, one row each.", Required = true };

    public Option<string> Metric { get; } = new("--metric") { Description = "The score to fit: acc, acc_norm, … (a long table's metric column).", DefaultValueFactory = _ => "acc" };

    public Option<string?> LossColumn { get; } = new("--loss-column")
    {
        HelpName = "COL",
        Description = "Where each row's loss is: a column, or in a long table TASK:METRIC rows of the same checkpoint (lambada_openai:ppl); a perplexity is taken as log2. Default: the table's loss column (pythia-tasks: log2 LAMBADA perplexity).",
    };

    public Option<double?> Chance { get; } = QuantityOption.Optional("--chance", "The task's chance level when the table has none, e.g. 0.25 for four choices.", "P");

    public Option<int?> Questions { get; } = new("--questions") { HelpName = "N", Description = "The task's number of questions, for the binomial bound when the table reports no standard errors." };

    public void AddTo(Command command)
    {
        command.AddAll(File, Dataset, DataDir, Delimiter, Format);
        Selection.AddTo(command);
        command.AddAll(Task, Metric, LossColumn, Chance, Questions);
    }

    /// <summary>The selected table and what each task is read with.</summary>
    public (ObservationTable Table, TaskRequest Request) Load(ParseResult parse)
    {
        var (file, dataset) = (parse.GetValue(File), parse.GetValue(Dataset));
        var table = (file, dataset) switch
        {
            (not null, null) => TaskTableReader.Read(file, DelimiterOption.Parse(parse.GetValue(Delimiter)), FormatOption.Parse(parse.GetValue(Format))),
            (null, not null) => DatasetCatalog.Load(DatasetCatalog.Find(dataset).Name, DataDirectory.Resolve(parse.GetValue(DataDir))),
            _ => throw new ScalingLawsException("give FILE or --dataset pythia-tasks (exactly one); see 'scaling downstream fit --help'."),
        };
        table = Selection.Create(parse).Apply(table).Table;
        if (parse.GetValue(Questions) is <= 0 and var questions)
            throw new ScalingLawsException($"--questions {questions}: give the task's number of questions, a positive count.");
        // Checked here, so that the refusal names the option and not the task it was given to (before: "task 'piqa' has chance level 1.5").
        if (parse.GetValue(Chance) is { } chance && !(chance is >= 0 and < 1))
            throw new ScalingLawsException($"--chance {chance:G4}: a chance level is an accuracy in [0, 1), e.g. 0.25 for four choices.");
        var tableLoss = dataset is null ? null : DatasetCatalog.Find(dataset).Loss;
        return (table, new TaskRequest(parse.GetValue(Metric)!, parse.GetValue(LossColumn), parse.GetValue(Chance), parse.GetValue(Questions), tableLoss));
    }

    /// <summary>The tasks --task names: one, or every task of the table with --task all.</summary>
    public IReadOnlyList<TaskScores> Tasks(ParseResult parse, ObservationTable table, TaskRequest request)
    {
        var task = parse.GetValue(Task)!.Trim();
        if (!task.Equals("all", StringComparison.OrdinalIgnoreCase))
            return [TaskColumns.Extract(table, task, request)];
        var names = TaskColumns.Tasks(table, request.Metric, request.Chance is not null);
        return names.Count > 0
            ? [.. names.Select(n => TaskColumns.Extract(table, n, request))]
            : throw new ScalingLawsException($"{table.Source}: no task has '{request.Metric}' scores; pick another --metric (a wide table's task columns need TASK_chance columns beside them, or --chance for all).");
    }
}
