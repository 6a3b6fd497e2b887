namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// What a hostile tester tried in round 11: sizes beyond any run named with their file and row, axis limits a log axis
/// cannot show named by their option, counts below one and sizes without a unit in hparams, plan, optimal and flops as
/// predict has them, options that would be ignored or give a table of absurd length or a run of minutes,
/// shapes a head count does not divide, a field's own column given away by --map, outputs whose name or folder no file
/// system takes, and
/// law files whose JSON is of the wrong kind (a list, a string, a NaN in quotes) said as what they hold.
/// </summary>
internal static class ProbeCases
{
    private const string Law = "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28";

    private static readonly string[] Plan = ["plan", "--params", "7B", "--tokens", "2T", "--sweep-budget", "0.1", "--evidence", "none"];

    private static readonly string[] Flops = ["flops", "--layers", "80", "--d-model", "8192", "--vocab", "32000", "--context", "2048"];

    public static IEnumerable<HostileCase> Write(string folder)
    {
        string Save(string name, string content)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, content);
            return path;
        }
        const string Grid = "params,tokens,loss\n1e8,2e9,3.9\n2e8,2e9,3.7\n4e8,2e9,3.55\n1e8,8e9,3.6\n2e8,8e9,3.4\n4e8,8e9,3.25\n8e8,8e9,3.15\n8e8,2e9,3.45\n";
        var runs = Save("probe-runs.csv", Grid);
        var curve = Save("probe-curve.csv", "step,loss\n100,3.2\n200,3.0\n400,2.9\n800,2.8\n1600,2.75\n");
        return [.. Oversized(Save), .. AxisLimits(folder, runs), .. Counts(), .. Ignored(runs, curve), .. LawFiles(Save), .. Outputs(folder, runs)];
    }

    // A name of 250 bytes is one a file system takes: its temporary file beside it was 300 and failed after the work. A name
    // past 255 bytes, or a folder that takes no file (/proc), is refused before the work (before: a fit, then .NET's words).
    private static IEnumerable<HostileCase> Outputs(string folder, string runs)
    {
        var longest = Path.Combine(folder, new string('s', 246) + ".csv");
        yield return new HostileCase("curve synth --out a name of 250 bytes", ["curve", "synth", "--out", longest, "--checkpoints", "5", "--context", "16"], Accepted: true, Creates: [longest]);
        var tooLong = Path.Combine(folder, new string('f', 296) + ".json");
        yield return HostileCase.Refused("fit --out a name of 301 bytes", $"--out {tooLong}: cannot write: the file name is 301 bytes long, more than the 255 a file system takes", "fit", runs, "--out", tooLong);
        yield return HostileCase.Refused("fit --out into /proc", "--out /proc/probe-law.json: cannot write (the folder takes no new files)", "fit", runs, "--out", "/proc/probe-law.json");
        yield return HostileCase.Refused("study summarize a folder that does not exist", "probe-no-study: no such folder; check the path, or run 'scaling study run ... --out DIR' first",
            "study", "summarize", Path.Combine(folder, "probe-no-study"));
        yield return HostileCase.Refused("report --out into /sys", "--out /sys/probe-report.html: cannot write (", "report", runs, "--out", "/sys/probe-report.html");
    }

    // A size no run has is one cell at fault: the warning names the file and the row, as a refused cell's error does.
    private static IEnumerable<HostileCase> Oversized(Func<string, string, string> save)
    {
        var one = save("probe-one-row-1e30.csv", "params,tokens,loss\n1e30,2e9,3.9\n");
        yield return HostileCase.Warned("one row of 1e30 params, every parameter fixed", "probe-one-row-1e30.csv, row 1: params 1e30 is more than any training run has",
            "fit", one, "--fix", "E=1.69", "--fix", "A=406.4", "--fix", "B=410.7", "--fix", "alpha=0.34", "--fix", "beta=0.28");
        var last = save("probe-last-row-1e30.csv", "params,tokens,loss\n1e8,2e9,3.9\n2e8,2e9,3.7\n4e8,2e9,3.55\n1e8,8e9,3.6\n2e8,8e9,3.4\n4e8,8e9,3.25\n8e8,8e9,3.15\n1e30,2e9,3.45\n");
        yield return HostileCase.Warned("a row of 1e30 params among real ones", "probe-last-row-1e30.csv, row 8: params 1e30 is more than any training run has (above 1e14",
            "fit", last, "--start-stride", "20");
        var tokens = save("probe-tokens-in-bytes.csv", "params,tokens,loss\n1e8,2e16,3.9\n2e8,2e9,3.7\n4e8,2e9,3.55\n1e8,8e9,3.6\n2e8,8e16,3.4\n4e8,8e9,3.25\n8e8,8e9,3.15\n8e8,2e9,3.45\n");
        yield return HostileCase.Warned("two rows of tokens beyond any run", "probe-tokens-in-bytes.csv, row 1: tokens 2e16 is more than any training run has (above 1e15, where the largest models hold about 2e12 parameters and the longest runs see about 4e13 tokens) (1 more row too)",
            "fit", tokens, "--start-stride", "20");
        yield return HostileCase.Refused("evaluate a family of one size of 1e30", "family 'probe-one-row-1e30' has 1 model size (1e30 parameters)", "evaluate", one);
    }

    // Only the figure knows which axis is logarithmic; its refusal is worded with the option (before: "horizontal axis limits -1 to 1E+12").
    private static IEnumerable<HostileCase> AxisLimits(string folder, string runs)
    {
        string[] isoloss = ["plot", "isoloss", runs, "--law-spec", Law];
        yield return HostileCase.Refused("plot isoloss --xlim below zero on a log axis", "--xlim -1:1e12: the horizontal axis of this figure is logarithmic; give limits above zero, e.g. --xlim 1e9:1e12.",
            [.. isoloss, "--xlim", "-1:1e12", "--out", Path.Combine(folder, "probe-xlim.png")]);
        yield return HostileCase.Refused("plot isoloss --ylim from zero on a log axis", "--ylim 0:1e12: the vertical axis of this figure is logarithmic",
            [.. isoloss, "--ylim", "0:1e12", "--out", Path.Combine(folder, "probe-ylim.svg")]);
        yield return HostileCase.Refused("plot frontier --xlim of zero", "--xlim 0:1e22: the horizontal axis of this figure is logarithmic",
            ["plot", "frontier", runs, "--law-spec", Law, "--xlim", "0:1e22", "--out", Path.Combine(folder, "probe-frontier.pdf")]);
    }

    // A count below one is a size in millions or billions without its unit, refused as predict refuses it; below 1,000, warned.
    private static IEnumerable<HostileCase> Counts()
    {
        const string BelowOne = "less than one, which no count is; if it is in millions or billions, write the unit (e.g. 0.5B or 0.5M)";
        yield return HostileCase.Refused("hparams --params 0.5", "--params 0.5: " + BelowOne, "hparams", "--law", "step-law", "--params", "0.5", "--tokens", "1T");
        yield return HostileCase.Refused("hparams --tokens 0.5", "--tokens 0.5: " + BelowOne, "hparams", "--law", "step-law", "--params", "7B", "--tokens", "0.5");
        yield return HostileCase.Refused("hparams --flops 0.5", "--flops 0.5: " + BelowOne, "hparams", "--law", "deepseek", "--flops", "0.5");
        yield return HostileCase.Warned("hparams --params without its unit", "warning: --params 5 is below 1,000, fewer than any training run", "hparams", "--law", "deepseek", "--flops", "1e21", "--params", "5");
        yield return HostileCase.Refused("plan --params 0.5", "--params 0.5: " + BelowOne, [.. Plan[..1], "--params", "0.5", .. Plan[3..]]);
        yield return HostileCase.Refused("plan --tokens 0.5", "--tokens 0.5: " + BelowOne, [.. Plan[..3], "--tokens", "0.5", .. Plan[5..]]);
        yield return HostileCase.Warned("plan --params without its unit", "warning: --params 7 is below 1,000", [.. Plan[..1], "--params", "7", .. Plan[3..], "--json"]);
        yield return HostileCase.Refused("optimal --flops 0.5", "--flops 0.5: " + BelowOne, "optimal", "--law-spec", Law, "--flops", "0.5");
        yield return HostileCase.Refused("flops --tokens 0.5", "--tokens 0.5: " + BelowOne, [.. Flops, "--heads", "64", "--tokens", "0.5"]);
        yield return HostileCase.Refused("flops heads that do not divide d_model", "--d-model 8192 is not a multiple of --heads 63, so the heads' size is not d_model/heads; give it with --head-size",
            [.. Flops, "--heads", "63", "--tokens", "1T"]);
    }

    // An option that would be ignored, or that asks for a table of 100,000 sizes, is refused in one line naming it.
    private static IEnumerable<HostileCase> Ignored(string runs, string curve)
    {
        yield return HostileCase.Refused("plan --evidence none with --map", "--map applies to table files in --evidence; --evidence none reads no file. Leave it out, or give the table file it reads.",
            [.. Plan, "--map", "loss=val_loss"]);
        yield return HostileCase.Refused("plan --evidence none with --family-column", "--family-column applies to table files in --evidence; --evidence none reads no file",
            [.. Plan, "--family-column", "config"]);
        yield return HostileCase.Refused("plan --evidence of datasets with --map", "--map applies to table files in --evidence; --evidence opt names datasets only",
            [.. Plan[..^1], "opt", "--map", "loss=val_loss"]);
        yield return HostileCase.Refused("plan --models 100000", "--models 100000: give from 2 sizes (the fewest that fit the size term) to 100", [.. Plan, "--models", "100000"]);
        yield return HostileCase.Refused("plan --models 1", "--models 1: give from 2 sizes", [.. Plan, "--models", "1"]);
        // --points 100000000 ran past five minutes and hundreds of megabytes per million; equal budgets were "only 2 of 2 … needs at least 2".
        yield return HostileCase.Refused("envelope --points 100000000", "--points 100000000: use from 100 to 1,000,000 compute values", "envelope", runs, "--points", "100000000");
        yield return HostileCase.Refused("predict --unique-tokens under a law without repeated data", "--unique-tokens: the chinchilla law has no term for repeated data, so it would be ignored",
            "predict", "--law-spec", Law, "--params", "7B", "--tokens", "1T", "--unique-tokens", "1B");
        yield return HostileCase.Refused("predict --unique-tokens under Kaplan's law", "--unique-tokens: the kaplan law has no term for repeated data",
            "predict", "--law", "kaplan", "--params", "7B", "--tokens", "1T", "--unique-tokens", "1B");
        yield return HostileCase.Refused("downstream fit --chance above one", "--chance 1.5: a chance level is an accuracy in [0, 1), e.g. 0.25 for four choices.",
            "downstream", "fit", "--dataset", "pythia-tasks", "--task", "piqa", "--chance", "1.5");
        yield return HostileCase.Refused("curve fit --from-step below zero", "--from-step -5: a step is 0 or more; give the first step to keep, e.g. --from-step 100",
            "curve", "fit", curve, "--law", "power", "--from-step", "-5");
        yield return HostileCase.Refused("curve positions --from-step below zero", "--from-step -1: a step is 0 or more", "curve", "positions", curve, "--from-step", "-1");
        yield return HostileCase.Refused("optimal --target-loss below E, named by its option", "--target-loss 1.5: at or below the irreducible loss E = 1.69, which no amount of compute reaches; give a target above it.",
            "optimal", "--law-spec", Law, "--target-loss", "1.5");
        yield return HostileCase.Refused("inference --target-loss below E, named by its option", "--target-loss 1: at or below the irreducible loss E = 1.69",
            "inference", "--law-spec", Law, "--target-loss", "1", "--inference-tokens", "1e12");
        // A cut past every checkpoint gave every finding "inconclusive" and a "1E+30-token cut", exit 0.
        yield return HostileCase.Refused("findings --token-cut past every checkpoint", "--token-cut 1e30: opt has no checkpoint past it (the most tokens of any row are",
            "findings", "--dataset", "opt", "--token-cut", "1e30");
        yield return HostileCase.Refused("evaluate --token-cut past every checkpoint", "probe-runs.csv has no checkpoint past it (the most tokens of any row are 8B), so nothing is left to fit", "evaluate", runs, "--token-cut", "1e30");
        yield return HostileCase.Refused("plan --spread 1", "--spread 1: give the largest sweep size over the smallest, above 1, e.g. --spread 100.", [.. Plan, "--spread", "1"]);
        // A field's own column given to another by --map was "no tokens or flops column among the headers 'params', 'tokens', 'loss'".
        yield return HostileCase.Refused("fit --map loss=tokens", "probe-runs.csv: no tokens or flops column: --map loss=tokens gives the column 'tokens' to loss; change that --map",
            "fit", runs, "--map", "loss=tokens");
        yield return HostileCase.Refused("plan --evidence FILE --map model=params", "probe-runs.csv: no params column: --map model=params gives the column 'params' to model",
            [.. Plan[..^1], runs, "--map", "model=params"]);
    }

    // A law file's JSON of the wrong kind is said as what it holds (before: "not valid JSON at line 1, character 2" for a list).
    private static IEnumerable<HostileCase> LawFiles(Func<string, string, string> save)
    {
        const string Parameters = "{\"E\": 1.69, \"A\": 406.4, \"B\": 410.7, \"alpha\": 0.34, \"beta\": 0.28}";
        var documents = new (string Name, string Content, string Names)[]
        {
            ("in-a-list", $"[{{\"law\": \"chinchilla\", \"params\": {Parameters}}}]", "probe-law-in-a-list.json: not a law file (the file holds a JSON array, where one JSON object belongs)"),
            ("a-string", "\"chinchilla\"", "the file holds the text \"chinchilla\", where one JSON object belongs"),
            ("a-number", "42", "the file holds the number 42, where one JSON object belongs"),
            ("nan-in-quotes", $"{{\"law\": \"chinchilla\", \"params\": {Parameters.Replace("1.69", "\"NaN\"")}}}", "'params.E' is the text \"NaN\" at line 1, where a number belongs; write a number there"),
            ("params-a-list", "{\"law\": \"chinchilla\", \"params\": [1.69, 406.4, 410.7, 0.34, 0.28]}", "'params' is a JSON array at line 1, where an object belongs"),
            ("version-a-list", $"{{\"version\": [1], \"law\": \"chinchilla\", \"params\": {Parameters}}}", "'version' is a JSON array at line 1"),
        };
        foreach (var (name, content, names) in documents)
            yield return HostileCase.Refused($"predict a law file {name}", names, "predict", "--law-file", save($"probe-law-{name}.json", content), "--params", "7B", "--tokens", "1T");
    }
}
