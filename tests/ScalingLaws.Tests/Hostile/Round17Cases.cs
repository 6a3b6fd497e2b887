namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// What a hostile tester tried in round 17: --quiet given to commands that show no progress (refused as an unknown option,
/// with no reason) and to the two that showed one without taking it; shapes, thread counts, tolerances, figure sizes and Huber
/// thresholds beyond any sensible range (accepted, or internal errors); an MLflow run's bad cell named by the experiment's
/// folder; a header's plain power of ten ('tokens_100') read as a scale; one argument more than a command takes; links
/// that loop or point nowhere; values written inf, NaN, in hexadecimal or empty; a plan's factors printed as 1E+03; and
/// answers past a double (an inference-aware model for 1e300 tokens served, a budget of 1e308 GPU-hours).
/// </summary>
internal static class Round17Cases
{
    private const string Header = "params,tokens,loss\n";
    private const string Runs = Header + "1e8,2e9,3.9\n2e8,4e9,3.4\n4e8,8e9,3.1\n8e8,16e9,2.9\n1.6e9,32e9,2.75\n";
    private static readonly string[] Flops = ["flops", "--layers", "32", "--d-model", "4096", "--heads", "32", "--vocab", "32000", "--context", "2048", "--tokens", "1T"];

    public static IEnumerable<HostileCase> Write(string folder)
    {
        var save = Round13Cases.Saver(folder);
        var runs = save("round17-runs.csv", Runs);
        return [.. Quiet(save, runs, folder), .. Ranges(runs, folder), .. Trackers(folder), .. HeaderUnits(save), .. Parser(runs), .. Paths(runs, folder), .. Values(runs), .. Answers(save, runs)];
    }

    private static IEnumerable<HostileCase> Quiet(Func<string, string, string> save, string runs, string folder)
    {
        // Before: "unknown option '--quiet'", as if misspelt, where fit, backtest, evaluate and findings take it.
        foreach (var (command, args) in new (string, string[])[]
        {
            ("scaling flops", Flops),
            ("scaling predict", ["predict", "--law", "chinchilla", "--params", "7B", "--tokens", "1T"]),
            ("scaling curve rank", ["curve", "rank", "--dataset", "multipower-25M", "--steps", "24000"]),
            ("scaling plot fit", ["plot", "fit", runs, "--law", "power", "--x", "params", "--out", Path.Combine(folder, "round17-quiet.svg")]),
            ("scaling datasets list", ["datasets", "list"]),
            ("scaling isoflop", ["isoflop", runs]),
        })
        {
            yield return HostileCase.Refused($"{command} --quiet", $"--quiet: '{command}' shows no progress, so there is none for --quiet to leave out; leave --quiet out", [.. args, "--quiet"]);
        }
        // plot backtest and datasets get draw a progress bar on a terminal; before, neither took --quiet.
        var grid = save("round17-grid.csv", Header + string.Concat(new[] { 1e8, 2e8, 4e8, 8e8, 1.6e9, 3.2e9 }.SelectMany(n =>
            new[] { 1, 2, 4, 8 }.Select(t => $"{n:R},{n * 5 * t:R},{1.7 + 400 / Math.Pow(n, 0.34) + 410 / Math.Pow(n * 5 * t, 0.28):F4}\n"))));
        var figure = Path.Combine(folder, "round17-backtest.svg");
        yield return new HostileCase("plot backtest --quiet", ["plot", "backtest", grid, "--out", figure, "--quiet"], Accepted: true, Creates: [figure]);
        // A dataset whose file is already there is kept without a download.
        var data = Directory.CreateDirectory(Path.Combine(folder, "round17-data", "chinchilla-epoch")).FullName;
        File.Copy(Path.Combine(TestData.SharedData, "chinchilla-epoch", "svg_extracted_data.csv"), Path.Combine(data, "svg_extracted_data.csv"));
        yield return HostileCase.Warned("datasets get --quiet of a dataset already there", "kept chinchilla-epoch/svg_extracted_data.csv: already there",
            "datasets", "get", "chinchilla", "--to", Path.GetDirectoryName(data)!, "--quiet");
    }

    private static IEnumerable<HostileCase> Ranges(string runs, string folder)
    {
        // Before: a head 100,000 wide, or 100,000 heads, of a 4,096-wide model counted FLOPs without a word.
        yield return HostileCase.Refused("flops --head-size 100000", "--head-size 100000: give from 1 to --d-model (4,096); a head's key/query size cannot exceed d_model",
            [.. Flops, "--head-size", "100000"]);
        yield return HostileCase.Refused("flops --heads 100000", "--heads 100000: give from 1 to --d-model (4,096); heads cannot exceed d_model", [.. Flops.Where((_, i) => i is not (5 or 6)), "--heads", "100000"]);
        yield return HostileCase.Lenient("flops --head-size d_model", [.. Flops, "--head-size", "4096"]);
        // The attention width past an int of round 11 (65,536 heads of 65,536), now of a model that wide.
        yield return HostileCase.Lenient("flops of an attention width past an int, within d_model",
            [.. Flops.Where((_, i) => i is not (3 or 4 or 5 or 6)), "--d-model", "1e9", "--heads", "65536", "--head-size", "65536"]);
        // Before: 100,000 threads started; --context 100000 and --batch 1e9 internal errors (OverflowException, ArgumentOutOfRangeException); --checkpoints 1e9 never began.
        string[] Study(string name, params string[] more) => ["study", "run", "--synthetic", "--quiet", "--out", Path.Combine(folder, name), "--params", "50K", "--tokens", "1M", .. more];
        yield return HostileCase.Refused("study run --threads 100000", "--threads 100000: give from 1 to ", Study("round17-threads", "--threads", "100000"));
        yield return HostileCase.Refused("study run --threads 0", "--threads 0: give from 1 to ", Study("round17-threads0", "--threads", "0"));
        yield return HostileCase.Refused("study run --context 100000", "--context 100000: give from 1 to 8,192", Study("round17-context", "--context", "100000"));
        yield return HostileCase.Refused("study run --batch 1000000000", "--batch 1000000000: give from 1 to 4,096 sequences per step", Study("round17-batch", "--batch", "1000000000"));
        yield return HostileCase.Refused("study run --eval-sequences 1000000000", "--eval-sequences 1000000000: give from 1 to 65,536", Study("round17-eval", "--eval-sequences", "1000000000"));
        yield return HostileCase.Refused("study run --checkpoints 1000000000", "--checkpoints 1000000000: give from 1 to 10,000; more measurements than a run has steps to tell apart",
            Study("round17-checkpoints", "--checkpoints", "1000000000"));
        yield return HostileCase.Refused("study run --context 8192 at the default batch", "model size 50K: 32 sequences of 8,192 tokens at once hold 6.44e9 numbers in one array, more than an array holds",
            Study("round17-attention", "--context", "8192"));
        // Before: one step of 2,048 tokens trained as a run named '50K-1'.
        yield return HostileCase.Refused("study run --tokens 1", "--tokens 1: less than half a training step of 32 sequences × 64 tokens, so the run would train 2,048 tokens, 2,048 times its budget; give budgets of at least 1,024 tokens",
            ["study", "run", "--synthetic", "--quiet", "--out", Path.Combine(folder, "round17-one-token"), "--params", "50K", "--tokens", "1"]);
        // Before: "model size 2B: too large; …", naming no option.
        yield return HostileCase.Refused("study run --params 2B", "--params 2e9: give sizes of at most 1B", Study("round17-params", "--params", "2B"));
        // Before: 1e308 dex joined every run into one budget; a Huber threshold of 1.7e308 was an internal error in the report's figures.
        yield return HostileCase.Refused("isoflop --tolerance 1e308", "--tolerance 1e308: give at most 1 dex (a factor of 10)", "isoflop", runs, "--tolerance", "1e308");
        yield return HostileCase.Refused("report --delta 1.7e308", "--delta 1.7e308: give a Huber threshold of at most 10",
            "report", runs, "--law", "power", "--x", "params", "--delta", "1.7e308", "--out", Path.Combine(folder, "round17-delta.html"), "--quiet");
        yield return HostileCase.Refused("fit --delta 100", "--delta 100: give a Huber threshold of at most 10", "fit", runs, "--law", "power", "--x", "params", "--delta", "100");
        yield return HostileCase.Lenient("fit --delta 10", "fit", runs, "--law", "power", "--x", "params", "--delta", "10");
        // Before: a 20,000 × 20,000 figure was drawn (a PNG of 1.6 GB in memory).
        string[] Plot(string name, params string[] more) => ["plot", "fit", runs, "--law", "power", "--x", "params", "--out", Path.Combine(folder, name), .. more];
        yield return HostileCase.Refused("plot --width 20000", "--width 20000: give a size from 100 to 10,000 pixels", Plot("round17-w20000.svg", "--width", "20000"));
        yield return HostileCase.Refused("plot --height 10001", "--height 10001: give a size from 100 to 10,000 pixels", Plot("round17-h10001.png", "--height", "10001"));
        var widest = Path.Combine(folder, "round17-w10000.svg");
        yield return new HostileCase("plot --width 10000", Plot("round17-w10000.svg", "--width", "10000"), Accepted: true, Creates: [widest]);
        // Before: "'' is not a quantity; no value was given; give one, or leave the option out", of a span with an end left out.
        yield return HostileCase.Refused("plot --ylim with an end left out", "--ylim 3:: give the span as LO:HI", Plot("round17-ylim.svg", "--ylim", "3:"));
        // Before: "k = 1000 is out of range for family 'OPT'", naming no option.
        yield return HostileCase.Refused("evaluate --models 1000", "--models 1000: k = 1000 is out of range for family 'OPT'", "evaluate", "--dataset", "opt", "--models", "1000", "--quiet");
    }

    private static IEnumerable<HostileCase> Trackers(string folder)
    {
        // Three MLflow runs, one cell bad: before, "mlruns/0, row 2, column 'loss'", the experiment's folder and a row no file has.
        string Experiment(string name, string param, string metric)
        {
            var experiment = Path.Combine(folder, name, "0");
            foreach (var (run, n, d, loss) in new[] { ("r1", "1e8", "2e9", "3.9"), ("r2", param, "4e9", metric), ("r3", "4e8", "8e9", "3.1") })
            {
                Directory.CreateDirectory(Path.Combine(experiment, run, "params"));
                Directory.CreateDirectory(Path.Combine(experiment, run, "metrics"));
                File.WriteAllText(Path.Combine(experiment, run, "params", "params"), n + "\n");
                File.WriteAllText(Path.Combine(experiment, run, "params", "tokens"), d + "\n");
                File.WriteAllText(Path.Combine(experiment, run, "metrics", "loss"), $"1700000000000 {loss} 100\n");
            }
            return experiment;
        }
        var nan = Experiment("round17-mlflow-nan", "2e8", "nan");
        yield return HostileCase.Refused("fit an MLflow run whose loss is nan", $"{Path.Combine(nan, "r2", "metrics", "loss")}: metric 'loss' of run 'r2' (row 2 of the runs read from {nan}): loss is 'NaN', which is not finite",
            "fit", nan, "--law", "power", "--x", "params");
        var negative = Experiment("round17-mlflow-negative", "-5", "3.4");
        yield return HostileCase.Refused("fit an MLflow run whose params is -5", $"{Path.Combine(negative, "r2", "params", "params")}: param 'params' of run 'r2' (row 2 of the runs read from {negative}): params is '-5' but must be positive",
            "fit", negative, "--law", "power", "--x", "params");
        var good = Experiment("round17-mlflow-good", "2e8", "3.4");
        yield return HostileCase.Lenient("fit an MLflow experiment of three runs", "fit", good, "--law", "power", "--x", "params");
    }

    private static IEnumerable<HostileCase> HeaderUnits(Func<string, string, string> save)
    {
        // Before: 'tokens_100' multiplied every cell by 100 without a word (a label read as a scale).
        var hundred = save("round17-tokens-100.csv", "params,tokens_100,loss\n1e8,2e9,3.9\n2e8,4e9,3.4\n4e8,8e9,3.1\n8e8,16e9,2.9\n");
        yield return HostileCase.Warned("fit a column headed tokens_100", "read column 'tokens_100' as tokens as written: '100' after the name may be a label rather than a scale, so the values are not multiplied by it; " +
            "if each value is in units of 100, write the header as tokens (1e2)", "fit", hundred, "--law", "power", "--x", "tokens");
        var thousand = save("round17-tokens-1000.csv", "params,tokens (1000),loss\n1e8,2e9,3.9\n2e8,4e9,3.4\n4e8,8e9,3.1\n8e8,16e9,2.9\n");
        yield return HostileCase.Warned("fit a column headed tokens (1000)", "read column 'tokens (1000)' as tokens as written", "fit", thousand, "--law", "power", "--x", "tokens");
        var power = save("round17-tokens-1e9.csv", "params,tokens_1e9,loss\n1e8,2,3.9\n2e8,4,3.4\n4e8,8,3.1\n8e8,16,2.9\n");
        yield return HostileCase.Warned("fit a column headed tokens_1e9", "read column 'tokens_1e9' as tokens in units of 1e9 (each value × 1e9)", "fit", power, "--law", "power", "--x", "tokens");
        var times = save("round17-params-times-1000.csv", "params (×1000),tokens,loss\n1e5,2e9,3.9\n2e5,4e9,3.4\n4e5,8e9,3.1\n8e5,16e9,2.9\n");
        yield return HostileCase.Warned("fit a column headed params (×1000)", "read column 'params (×1000)' as params in units of 1e3 (each value × 1e3)", "fit", times, "--law", "power", "--x", "params");
    }

    private static IEnumerable<HostileCase> Parser(string runs)
    {
        // Before: "Unrecognized command or argument 'b.csv'", the parser's words.
        yield return HostileCase.Refused("fit two files", $"unexpected argument '{runs}': 'scaling fit' takes one FILE; give one, or if it is an option's value, give the option's name before it",
            "fit", runs, runs);
        yield return HostileCase.Refused("flops with a stray word", "unexpected argument 'extra': 'scaling flops' takes no argument, only options", [.. Flops, "extra"]);
        // Before: "Unrecognized command or argument '1'", where '1' follows a switch.
        yield return HostileCase.Refused("fit --strict 1", "unexpected argument '1': --strict is a switch; give it alone, or --strict true or --strict false",
            "fit", runs, "--law", "power", "--x", "params", "--strict", "1");
        yield return HostileCase.Lenient("fit --strict false", "fit", runs, "--law", "power", "--x", "params", "--strict", "false");
        // Before: params read from the loss column, exit 0, without a word.
        yield return HostileCase.Refused("fit --map of one column to two quantities", "--map gives column 'loss' to both loss and params; a column holds one quantity",
            "fit", runs, "--map", "loss=loss", "--map", "params=loss", "--law", "power", "--x", "params");
        yield return HostileCase.Refused("datasets list with a stray word", "unexpected argument 'chinchilla': 'scaling datasets list' takes no argument, only options", "datasets", "list", "chinchilla");
        // Before: "Could not find a part of the path '…/round17-runs.csv/data'", .NET's words.
        yield return HostileCase.Refused("datasets get --to inside a file", $"--to {runs}/data: {runs} is a file, so no folder can be made inside it",
            "datasets", "get", "chinchilla", "--to", $"{runs}/data");
        // Before: "the spread is narrowed from 1E+308" and "over a factor of 1E+03", .NET's exponent.
        yield return HostileCase.Warned("plan --spread 1000", "5 sizes log-spaced over a factor of 1000 (5.62× apart)", "plan", "--params", "700B", "--tokens", "10T", "--sweep-budget", "0.1", "--spread", "1000");
        yield return HostileCase.Warned("plan --spread 1e308", "the spread is narrowed from 1e308 to 43.1", "plan", "--params", "7B", "--tokens", "1T", "--sweep-budget", "0.1", "--spread", "1e308");
    }

    private static IEnumerable<HostileCase> Paths(string runs, string folder)
    {
        // Before: "no such file; check the path", where the name is there to see.
        var loop = Path.Combine(folder, "round17-loop-a.csv");
        SpecialFiles.Link(loop, "round17-loop-b.csv");
        SpecialFiles.Link(Path.Combine(folder, "round17-loop-b.csv"), "round17-loop-a.csv");
        yield return HostileCase.Refused("fit a symbolic link that loops", $"{loop}: a symbolic link that loops (to round17-loop-b.csv, which leads back to it), so it names no file", "fit", loop);
        yield return HostileCase.Refused("predict under a law file that is a looping link", $"{loop}: a symbolic link that loops", "predict", "--law-file", loop, "--params", "7B", "--tokens", "1T");
        var dangling = SpecialFiles.Link(Path.Combine(folder, "round17-dangling.csv"), "round17-nowhere.csv");
        yield return HostileCase.Refused("fit a link to a missing file", $"{dangling}: a symbolic link to round17-nowhere.csv, which does not exist", "fit", dangling);
        // An input reached by another relative path or a link is still the input.
        var link = SpecialFiles.Link(Path.Combine(folder, "round17-runs-link.json"), runs);
        yield return HostileCase.Refused("fit --out a link to its input", "which the command reads; writing there would destroy it", "fit", runs, "--law", "power", "--x", "params", "--out", link, "--force");
        var dotted = Path.Combine(folder, "..", Path.GetFileName(folder), ".", "round17-runs.csv");
        yield return HostileCase.Refused("fit --out its input by a dotted path", "which the command reads; writing there would destroy it", "fit", runs, "--law", "power", "--x", "params", "--out", dotted, "--force");
    }

    private static IEnumerable<HostileCase> Answers(Func<string, string, string> save, string runs)
    {
        // Before: an internal error ("Objective function returned non-finite value"), exit 70, from 1e50 tokens served on.
        yield return HostileCase.Refused("inference --inference-tokens 1e300", "--inference-tokens 1e300: serving so many tokens pushes the model to the smallest that reaches loss 2.5, trained on more tokens than a double holds",
            "inference", "--law", "chinchilla", "--target-loss", "2.5", "--inference-tokens", "1e300");
        yield return HostileCase.Warned("inference --inference-tokens 1e50", "│ inference-aware │ 87.6M │ 5.47e40 │",
            "inference", "--law", "chinchilla", "--target-loss", "2.5", "--inference-tokens", "1e50");
        // Before: "the compute budget must be a positive number, got Infinity", naming no option.
        yield return HostileCase.Refused("optimal --gpu-hours 1e308", "--gpu-hours 1e308: on H100 at MFU 0.4 that is more FLOPs than a double holds",
            "optimal", "--law", "chinchilla", "--gpu-hours", "1e308", "--gpu", "H100", "--mfu", "0.4");
        // Before: "give one of --law step-law|deepseek or --sweep FILE", where both were given.
        yield return HostileCase.Refused("hparams --law and --sweep together", "--law and --sweep together: --law takes a law's published constants and --sweep fits them to your runs; give one of them",
            "hparams", "--law", "step-law", "--sweep", runs, "--params", "7B", "--tokens", "1T");
        // Before: "--fit-fraction 1E-300" and "step 1E+300", .NET's exponent.
        var positions = save("round17-positions.csv", "run,step,tokens,lr,loss,pos_1,pos_2,pos_3,pos_4\n" + string.Concat(Enumerable.Range(1, 8).Select(k =>
            $"a,{100 * k},{1e6 * k:R},3e-4,{3 + 1 / Math.Sqrt(k):F4},{4 + 1 / Math.Sqrt(k):F4},{3.2 + 1 / Math.Sqrt(k):F4},{2.8 + 1 / Math.Sqrt(k):F4},{2.6 + 1 / Math.Sqrt(k):F4}\n")));
        yield return HostileCase.Refused("curve temporal --fit-fraction 1e-300", "run 'a': --fit-fraction 1e-300 of 8 checkpoints leaves 0 to fit", "curve", "temporal", positions, "--fit-fraction", "1e-300");
        yield return HostileCase.Refused("curve temporal --from-step 1e300", "run 'a': no checkpoint at or after step 1e300 (the last is step 800)", "curve", "temporal", positions, "--from-step", "1e300");
    }

    private static IEnumerable<HostileCase> Values(string runs)
    {
        string[] Fit(string value) => ["fit", runs, "--law", "power", "--x", "params", "--min-tokens", value];
        // Before: "'inf' is not a quantity; write e.g. 0.3527, 3e21 or 70B", with no reason.
        yield return HostileCase.Refused("fit --min-tokens inf", "--min-tokens inf: 'inf' is not a quantity; it is not a finite number", Fit("inf"));
        yield return HostileCase.Refused("fit --min-tokens -Infinity", "'-Infinity' is not a quantity; it is not a finite number", Fit("-Infinity"));
        yield return HostileCase.Refused("downstream fit --chance NaN", "--chance NaN: 'NaN' is not a quantity; it is not a finite number", "downstream", "fit", "--dataset", "pythia-tasks", "--task", "piqa", "--chance", "NaN");
        yield return HostileCase.Refused("fit --min-tokens 0x10", "--min-tokens 0x10: '0x10' is not a quantity; it is hexadecimal; write it in decimal, 16", Fit("0x10"));
        yield return HostileCase.Refused("fit --min-tokens empty", "'' is not a quantity; no value was given; give one, or leave the option out", Fit(""));
        yield return HostileCase.Refused("fit --min-tokens with a non-breaking space", "its digits are grouped by spaces", Fit("1\u00A0000"));
        yield return HostileCase.Refused("fit --min-tokens with a thin space", "its digits are grouped by spaces", Fit("1\u2009000"));
        // Before: "dropped 1 rows with fewer than 3E+09 tokens" (and "fewer than 1E+10 tokens" of --min-tokens 10B).
        yield return HostileCase.Warned("fit --min-tokens 3E+09", "dropped 1 row with fewer than 3B tokens; 4 remain", Fit("3E+09"));
        yield return HostileCase.Refused("downstream backtest --fit-fraction 1e-300", "--fit-fraction 1e-300: no run has a checkpoint", "downstream", "backtest", "--dataset", "pythia-tasks", "--task", "all", "--fit-fraction", "1e-300");
    }
}
