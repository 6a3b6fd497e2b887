using ScalingLaws.Estimation;
using ScalingLaws.Estimation.SweepPlanning;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling plan --params 7B --tokens 2T --sweep-budget 0.1</c>: which smaller models to
/// train to predict a target's loss (Choshen et al. 2024's advice), with the error the study measured
/// for such a sweep on public data.
/// </summary>
internal static class PlanCommand
{
    // The study's advice is about 5 sizes; sizes closer than a few percent apart add runs, not information, and a table no one reads.
    private const int MaxModels = 100;

    public static Command Create(CliConsole console)
    {
        var targetParams = new Option<string>("--params") { HelpName = "N", Description = "The target's size N in parameters, e.g. 7B.", Required = true };
        var targetTokens = new Option<string>("--tokens") { HelpName = "D", Description = "The target's training tokens D, e.g. 2T.", Required = true };
        var budget = new Option<string>(SweepBudget.Name)
        {
            HelpName = "B",
            Description = "The sweep's compute: a fraction of the target's 6ND (at most 1, e.g. 0.1) or FLOPs (e.g. 1e22).",
            Required = true,
        };
        var models = new Option<int>("--models") { Description = "How many smaller sizes to train.", DefaultValueFactory = _ => 5 };
        var spread = QuantityOption.Create("--spread", "The largest sweep size over the smallest.", 100);
        var targetFraction = QuantityOption.Create(
            "--target-fraction", "Train the target itself to this fraction of its run when it takes at most half the budget; 0 never does.", 0.3, "P");
        var evidence = new Option<string>("--evidence")
        {
            HelpName = "NAMES",
            Description = "Datasets or table files (CSV, TSV, JSON Lines) whose study gives the expected error, comma-separated, or none.",
            DefaultValueFactory = _ => "opt,gpt3",
        }.CheckedBy(CheckEvidence);
        var files = new StudyOptions(); // how --evidence reads a file: --map and --family-column, as evaluate reads FILE
        var dataDir = CommonOptions.DataDir();
        var json = CommonOptions.Json();
        var command = new Command("plan",
            "Plan a sweep of smaller models from which to predict a target's loss (Choshen et al. 2024): about 5 sizes log-spaced below the target,\n" +
            "full runs with intermediate checkpoints, checkpoints before 10B tokens dropped, the target itself trained to ~30 % if the budget allows.\n\n" +
            "Example:\n  scaling plan --params 7B --tokens 2T --sweep-budget 0.1\n  scaling plan --params 7B --tokens 2T --sweep-budget 0.1 --evidence my_runs.csv\n  scaling plan --params 70B --tokens 1.4T --sweep-budget 1e23 --json");
        foreach (var option in new Option[] { targetParams, targetTokens, budget, models, spread, targetFraction, evidence, files.Map, files.FamilyColumn, dataDir, json })
            command.Options.Add(option);
        var costs = new CostOptions();
        costs.AddTo(command, budgets: false);
        RenamedOption.Add(command, "--target-params", "--params");
        RenamedOption.Add(command, "--target-tokens", "--tokens");
        RenamedOption.Add(command, "--budget", SweepBudget.Name, "so that it is not read as one of isoflop's --budgets");
        command.Subcommands.Add(PlanRunCommand.Create(console));
        return command.Runs(console, (parse, cancellation) =>
        {
            var n = OptionValues.Count(parse.GetValue(targetParams)!, $"--params {parse.GetValue(targetParams)}");
            var d = OptionValues.Count(parse.GetValue(targetTokens)!, $"--tokens {parse.GetValue(targetTokens)}");
            var b = SweepBudget.Parse(parse.GetValue(budget)!, n, d);
            var pt = parse.GetValue(targetFraction);
            if (pt < 0 || pt > 1)
                throw new ScalingLawsException($"--target-fraction {parse.GetValue(targetFraction)}: give a fraction of the run from 0 (never) to 1, e.g. 0.3.");
            var sizes = parse.GetValue(models);
            if (sizes is < 2 or > MaxModels)
                throw new ScalingLawsException($"--models {sizes}: give from 2 sizes (the fewest that fit the size term) to {MaxModels}, e.g. --models 5.");
            var ratio = OptionValues.Positive(parse.GetValue(spread), $"--spread {parse.GetValue(spread)}");
            if (!(ratio > 1 && double.IsFinite(ratio)))
                throw new ScalingLawsException($"--spread {parse.GetValue(spread)}: give the largest sweep size over the smallest, above 1, e.g. --spread 100.");
            var request = new SweepRequest(n, d, b <= 1 ? b * 6 * n * d : b, sizes, ratio, pt > 0 ? pt : null);
            var cost = costs.Settings(parse);
            var (measured, warnings) = Evidence(parse, evidence, dataDir, files, request.TargetFraction, cancellation);
            foreach (var warning in warnings)
                console.Error.WriteLine(warning);
            var plan = SweepPlanner.Plan(request, measured);
            foreach (var warning in UnitlessSizeOption.Warnings(Field.Params, "--params", [n]).Concat(UnitlessSizeOption.Warnings(Field.Tokens, "--tokens", [d])))
                console.Error.WriteLine(warning);
            console.Answer(parse.GetValue(json), () => CliJson.Serialize(PlanView.Json(plan, cost)), ansi => PlanView.Write(ansi, plan, cost));
            return 0;
        });
    }

    // The study at p = 1 on each dataset or file named by --evidence (SweepEvidenceStudy), and the warnings reading a file
    // gave (rows with a blank family beside named ones, studied as one more family), as evaluate prints them.
    private static (SweepEvidence? Evidence, IReadOnlyList<string> Warnings) Evidence(
        ParseResult parse, Option<string> evidence, Option<string?> dataDir, StudyOptions files, double? targetFraction, CancellationToken cancellation)
    {
        var names = parse.GetValue(evidence)!;
        var items = IsNone(names) ? [] : Items(names);
        if (items.Length == 0 && !IsNone(names))
            throw new ScalingLawsException("--evidence: give dataset names such as opt,gpt3, table files, or none.");
        // --map and --family-column say how a table file is read: without one, they would be ignored in silence.
        var (map, familyColumn) = (parse.GetValue(files.Map) ?? [], parse.GetValue(files.FamilyColumn));
        if (!items.Any(IsFile) && (map.Length > 0 || familyColumn is not null))
            throw new ScalingLawsException($"{(map.Length > 0 ? "--map" : "--family-column")} applies to table files in --evidence; --evidence {names} {(items.Length == 0 ? "reads no file" : "names datasets only")}. Leave it out, or give the table file it reads.");
        if (items.Length == 0)
            return (null, []);
        var sources = items.Select(item => IsFile(item)
            ? (Name: item, Table: StudyOptions.ReadFile(item, map, familyColumn))
            : Dataset(item, parse.GetValue(dataDir))).ToArray();
        var warnings = sources.SelectMany(s => s.Table.Notes.Where(n => n.StartsWith("warning: ", StringComparison.Ordinal))
            .Select(n => $"warning: {s.Name}: {n["warning: ".Length..]}")).ToArray();
        return (SweepEvidenceStudy.Measure(sources, targetFraction, cancellation), warnings);
    }

    private static bool IsNone(string names) => string.Equals(names.Trim(), "none", StringComparison.OrdinalIgnoreCase);

    private static string[] Items(string names) => names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // A dataset --evidence names is checked while the line is parsed; a table file is read only when the plan runs.
    private static void CheckEvidence(string names)
    {
        var datasets = DatasetCatalog.All.Select(d => d.Name).ToArray();
        foreach (var item in IsNone(names) ? [] : Items(names).Where(i => !IsFile(i) && !datasets.Contains(i, StringComparer.OrdinalIgnoreCase)))
            throw new ScalingLawsException(
                $"--evidence '{item}': not a dataset{EditDistance.DidYouMean(item, datasets)} nor a table file (CSV, TSV, JSON Lines); give datasets ({string.Join(", ", datasets)}), files, or none.");
    }

    // A table file is named by its path (dataset names have no extension); a missing one is then reported as a missing file.
    private static bool IsFile(string item) => File.Exists(item) || Path.HasExtension(item);

    private static (string Name, ObservationTable Table) Dataset(string name, string? dataDir)
    {
        var info = DatasetCatalog.Find(name);
        return (info.Name, DatasetCatalog.Load(info.Name, DataDirectory.Resolve(dataDir)));
    }
}
