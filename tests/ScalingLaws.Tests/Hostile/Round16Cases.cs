namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// What a hostile tester tried in round 16: a quoted size with one comma ("1,000", a thousands separator or a decimal
/// comma alike, read as 1000 without a word); dataset names of another kind, of a folder or misspelt where no name was
/// suggested; a backtest whose --fix, --tie or --bound was wrong (every cut failed, exit 0, the library's setting names
/// printed) or whose every cut failed; a misspelt subcommand reported as its options; whole-number options the parser
/// worded in .NET's words; figures 1 pixel wide (5.5 MB of SVG) or with text 1000 times its size (a white page); and a
/// study of 1e308 parameters, 1e308 tokens or a learning rate of 1e300.
/// </summary>
internal static class Round16Cases
{
    private const string Header = "params,tokens,loss\n";
    private const string Rest = "2e8,4e9,3.4\n4e8,8e9,3.1\n8e8,16e9,2.9\n";

    public static IEnumerable<HostileCase> Write(string folder)
    {
        var save = Round13Cases.Saver(folder);
        return [.. Cells(save), .. Datasets(folder), .. Backtests(save), .. Parser(save), .. Figures(save, folder), .. Study(folder), .. TargetLosses(save)];
    }

    private static IEnumerable<HostileCase> Cells(Func<string, string, string> save)
    {
        // Before: '1,000' read as 1000 without a word, where a decimal comma reads it as 1.
        var thousand = save("round16-one-group.csv", Header + "\"1,000\",1e9,4.0\n" + Rest);
        yield return HostileCase.Refused("fit a size quoted as 1,000", "round16-one-group.csv, row 1, column 'params': '1,000' is not a number; one comma before three digits " +
            "reads as a thousands separator (1000) or as a decimal comma (1.000), and the cell does not say which; write the number without the comma, e.g. 1000 or 1.000",
            "fit", thousand, "--law", "power", "--x", "params");
        var tokens = save("round16-one-group-tokens.csv", Header + "1e8,\"12,500\",4.0\n" + Rest);
        yield return HostileCase.Refused("fit tokens quoted as 12,500", "round16-one-group-tokens.csv, row 1, column 'tokens': '12,500' is not a number; one comma before three digits",
            "fit", tokens, "--law", "power", "--x", "params");
        var scores = save("round16-one-group-scores.csv", "model,params,tokens,loss,task,value\na,\"1,000\",2e9,3.9,piqa,0.55\nb,2e8,4e9,3.7,piqa,0.58\nc,4e8,8e9,3.5,piqa,0.6\nd,8e8,16e9,3.3,piqa,0.63\n");
        yield return HostileCase.Refused("downstream fit a size quoted as 1,000", "round16-one-group-scores.csv, row 1, column 'params': '1,000' is not a finite number; one comma before three digits",
            "downstream", "fit", scores, "--task", "piqa", "--chance", "0.5");
        // Two groups or more can only be thousands separators, and sizes with a unit, in any case or padded, read as meant.
        foreach (var (name, cell) in new[] { ("groups", "\"100,000,000\""), ("unit", "\"0.1B\""), ("lower-unit", "\"100m\""), ("padded", "\" 1e8 \"") })
        {
            var table = save($"round16-size-{name}.csv", Header + cell + ",1e9,4.0\n" + Rest);
            yield return HostileCase.Lenient($"fit a size quoted as {cell}", "fit", table, "--law", "power", "--x", "params");
        }
        // Before: "5 fields but the header has 3; quote fields that contain the delimiter", of a lone '\r' line end among '\n' ones.
        var mixed = save("round16-mixed-line-ends.csv", "params,tokens,loss\r\n1e8,2e9,3.9\r2e8,4e9,3.6\n4e8,8e9,3.35\r\n8e8,16e9,3.1\n");
        yield return HostileCase.Refused("fit a table whose line ends mix a lone CR with LF", "round16-mixed-line-ends.csv, row 1: 5 fields but the header has 3; a line ends in a lone carriage return",
            "fit", mixed, "--law", "power", "--x", "params");
        // Before: "not a readable Parquet file (not a Parquet file (size too small))", the reader's words twice.
        var empty = save("round16-empty.parquet", "");
        yield return HostileCase.Refused("fit an empty Parquet file", "round16-empty.parquet: not a readable Parquet file: the file is empty", "fit", empty);
        var mark = save("round16-mark-only.parquet", "PAR1");
        yield return HostileCase.Refused("fit a Parquet file of its first mark only", "round16-mark-only.parquet: not a readable Parquet file: it does not begin and end with Parquet's mark 'PAR1', so it is another kind of file or was cut short", "fit", mark);
        // Before: "(An attempt was made to move the position before the beginning of the stream.)", .NET's words.
        var footer = save("round16-footer.parquet", "PAR1xxxxPAR1");
        yield return HostileCase.Refused("fit a Parquet file whose footer length does not fit", "round16-footer.parquet: not a readable Parquet file: its footer does not fit in its 12 bytes, so it was cut short or damaged", "fit", footer);
        var comma = save("round16-size-decimal-comma.csv", Header + "\"1,5e9\",1e9,4.0\n" + Rest);
        yield return HostileCase.Refused("fit a size quoted as 1,5e9", "round16-size-decimal-comma.csv, row 1, column 'params': '1,5e9' is not a number; it has a decimal comma; write it with a point, 1.5e9",
            "fit", comma, "--law", "power", "--x", "params");
    }

    private static IEnumerable<HostileCase> Datasets(string folder)
    {
        // Before: "unknown dataset 'chinchilla-epoch'; the datasets are …", nothing suggested; the folder's name is what the data folder shows.
        yield return HostileCase.Refused("fit --dataset named by its folder", "unknown dataset 'chinchilla-epoch' (did you mean 'chinchilla'? 'chinchilla-epoch' is the folder of its files)",
            "fit", "--dataset", "chinchilla-epoch", "--quiet");
        // Before: only "unknown dataset", listing the datasets of runs, where the name is a dataset other commands read.
        yield return HostileCase.Refused("fit --dataset of loss curves", "unknown dataset 'pythia-curves': 'pythia-curves' is a dataset of loss curves, which 'scaling curve' and 'scaling plot curve' read",
            "fit", "--dataset", "pythia-curves", "--quiet");
        yield return HostileCase.Refused("curve fit --dataset of runs", "unknown loss-curve dataset 'chinchilla': 'chinchilla' is a dataset of runs",
            "curve", "fit", "--dataset", "chinchilla", "--law", "power");
        yield return HostileCase.Refused("fit --dataset of a file read as FILE", "unknown dataset 'porian': 'porian' is a file of the data folder, read as FILE: give its path",
            "fit", "--dataset", "porian", "--quiet");
        // Before: no suggestion from 'datasets show', 'datasets get' or the loss-curve catalog.
        yield return HostileCase.Refused("datasets show a misspelt name", "unknown dataset 'chinchila' (did you mean 'chinchilla'?)", "datasets", "show", "chinchila");
        yield return HostileCase.Refused("datasets get a misspelt name", "unknown dataset 'multipower25M' (did you mean 'multipower-25M'?)",
            "datasets", "get", "multipower25M", "--to", Path.Combine(folder, "never-downloaded"));
        yield return HostileCase.Refused("curve fit --dataset misspelt", "unknown loss-curve dataset 'multipower-25' (did you mean 'multipower-25M'?)",
            "curve", "fit", "--dataset", "multipower-25", "--law", "power");
        yield return HostileCase.Lenient("datasets show a name in capitals", "datasets", "show", "CHINCHILLA");
        // Before: "needs DIR/chinchilla-epoch/chinchilla-epoch/svg_extracted_data.csv, which is missing; get it from …", where it is there.
        var own = Directory.CreateDirectory(Path.Combine(folder, "round16-data", "chinchilla-epoch")).FullName;
        File.WriteAllText(Path.Combine(own, "svg_extracted_data.csv"), "x,y\n1,2\n");
        yield return HostileCase.Refused("--data-dir the dataset's own folder", $"the data folder {own} is the folder of the dataset's file itself: give the folder above it, {Path.GetDirectoryName(own)}",
            "fit", "--dataset", "chinchilla", "--data-dir", own, "--quiet");
    }

    private static IEnumerable<HostileCase> Backtests(Func<string, string, string> save)
    {
        // Six sizes of four checkpoints under the published law: a backtest fits them.
        var grid = save("round16-grid.csv", Header + string.Concat(new[] { 1e8, 2e8, 4e8, 8e8, 1.6e9, 3.2e9 }.SelectMany(n =>
            new[] { 1, 2, 4, 8 }.Select(t => $"{n:R},{n * 5 * t:R},{1.7 + 400 / Math.Pow(n, 0.34) + 410 / Math.Pow(n * 5 * t, 0.28):F4}\n"))));
        // Before: every cut "no fit (ParameterConstraints.Tie: unknown parameter 'gamma' …)", the library's name, and exit 0.
        yield return HostileCase.Refused("backtest --tie to an unknown name", "--tie: unknown parameter 'gamma' for the chinchilla law", "backtest", grid, "--tie", "alpha=gamma", "--quiet");
        yield return HostileCase.Refused("backtest --tie a parameter to itself", "--tie E=E: a parameter cannot be tied to itself", "backtest", grid, "--tie", "E=E", "--quiet");
        yield return HostileCase.Refused("backtest --bound outside a fixed value", "--bound alpha=0.5:0.9: alpha is fixed, so it has no range to keep within",
            "backtest", grid, "--fix", "alpha=0.34", "--bound", "alpha=0.5:0.9", "--quiet");
        yield return HostileCase.Refused("backtest ties in a circle", "is itself tied; tie both to the same parameter", "backtest", grid, "--tie", "alpha=beta", "--tie", "beta=alpha", "--quiet");
        yield return HostileCase.Refused("plot backtest --fix an unknown name", "--fix: unknown parameter 'gamma' for the chinchilla law",
            "plot", "backtest", grid, "--fix", "gamma=1", "--out", Path.ChangeExtension(grid, ".svg"));
        yield return HostileCase.Lenient("backtest with every parameter held", "backtest", grid, "--fix", "E=1.7", "--fix", "A=400", "--fix", "B=410", "--fix", "alpha=0.34", "--fix", "beta=0.28", "--quiet");
        // One size of 24 checkpoints by run length: before, "12 cut points, 0 fitted" and exit 0, each cut's failure naming ParameterConstraints.Fix.
        var one = save("round16-one-size.csv", Header + string.Concat(Enumerable.Range(1, 24).Select(t => $"1e8,{t}e9,{1.7 + 400 / Math.Pow(1e8, 0.34) + 410 / Math.Pow(t * 1e9, 0.28):F4}\n")));
        yield return HostileCase.Refused("backtest by run length of one size", "none of the backtest's 12 cut points could be fitted; the first failed so: ",
            "backtest", one, "--backtest-by", "run-length", "--fix", "B=410", "--fix", "beta=0.28", "--quiet");
        yield return HostileCase.Refused("backtest --json by run length of one size",
            "round16-one-size.csv: every row has the same params (100M), so how loss scales with N (A and alpha) cannot be identified; add rows with other params values or fix A and alpha with --fix.",
            "backtest", one, "--backtest-by", "run-length", "--fix", "B=410", "--fix", "beta=0.28", "--json");
    }

    private static IEnumerable<HostileCase> Parser(Func<string, string, string> save)
    {
        var runs = save("round16-runs.csv", Header + "1e8,2e9,3.9\n" + Rest);
        // Before: "unknown option '--out'; see 'scaling plot --help'", of the options a misspelt subcommand left unread.
        yield return HostileCase.Refused("plot a misspelt figure", "unknown command 'fti' (did you mean 'fit'?); see 'scaling plot --help'", "plot", "fti", runs, "--out", Path.ChangeExtension(runs, ".svg"));
        yield return HostileCase.Refused("datasets a misspelt command with an option", "unknown command 'lst' (did you mean 'list'?)", "datasets", "lst", "--quiet");
        // The value of an option the command does not have is not a misspelt subcommand (a capture of valid and invalid lines showed "unknown command 'opt'").
        yield return HostileCase.Refused("plan with an option of another command and its value", "unknown option '--dataset'; see 'scaling plan --help'", "plan", "--evidence", "--dataset", "opt", "--flops", "1e22");
        yield return HostileCase.Refused("plan with a misspelt option before a file", "unknown option '--evdence' (did you mean '--evidence'?)", "plan", "--evdence", runs, "--params", "7B", "--tokens", "1T");
        // Before: "Cannot parse argument '1e308' for option '--context' as a whole number", with no reason.
        yield return HostileCase.Refused("hparams --context 1e308", "--context 1e308: '1e308' is not a whole number this option takes; it is beyond the largest this option takes (2,147,483,647)",
            "hparams", "--law", "step-law", "--params", "7B", "--tokens", "1T", "--context", "1e308");
        yield return HostileCase.Refused("hparams --seed beyond an int", "--seed 99999999999: '99999999999' is not a whole number this option takes; it is beyond the largest this option takes (2,147,483,647)",
            "hparams", "--law", "step-law", "--params", "7B", "--tokens", "1T", "--seed", "99999999999");
        yield return HostileCase.Refused("curve rank --steps 4096.5", "--steps 4096.5: '4096.5' is not a whole number this option takes; give a whole number in digits",
            "curve", "rank", "--dataset", "multipower-25M", "--steps", "4096.5");
        yield return HostileCase.Refused("curve rank --steps 1e15", "--steps 1e15: '1e15' is not a whole number this option takes; it is beyond the largest this option takes (2,147,483,647)",
            "curve", "rank", "--dataset", "multipower-25M", "--steps", "1e15");
        yield return HostileCase.Refused("backtest --cuts 1e3", "--cuts 1e3: '1e3' is not a whole number this option takes; write it in digits, 1000", "backtest", runs, "--cuts", "1e3");
        // Before: "Option '--vocab' expects a single argument but 2 were provided".
        // Before: "Cannot parse argument 'cosin' for option '--schedule' as expected type 'ScalingLaws.Curves.ScheduleShape'".
        var synth = Path.Combine(Path.GetDirectoryName(runs)!, "round16-synth.csv");
        yield return HostileCase.Refused("curve synth --schedule misspelt", "--schedule 'cosin': unknown choice (did you mean 'cosine'?); give one of cosine, constant, wsd",
            "curve", "synth", "--out", synth, "--schedule", "cosin");
        // Before: "--checkpoints 40: give between 2 and the number of steps (0)", naming the option not given.
        // Before: "--noise 1E+308: …", .NET's exponent.
        yield return HostileCase.Refused("curve synth --noise 1e308", "--noise 1e308: give a relative noise from 0 up to 0.5", "curve", "synth", "--out", synth, "--noise", "1e308");
        yield return HostileCase.Refused("curve synth --steps 0", "--steps 0: give at least 2 training steps", "curve", "synth", "--out", synth, "--steps", "0");
        yield return new HostileCase("curve synth --schedule in capitals", ["curve", "synth", "--out", synth, "--schedule", "WSD", "--checkpoints", "3", "--context", "8"], Accepted: true, Creates: [synth]);
        // Before: "Option '--sweep-budget' is required".
        yield return HostileCase.Refused("plan without --sweep-budget", "missing --sweep-budget, which this command needs; see 'scaling plan --help'", "plan", "--params", "7B", "--tokens", "1T");
        // Before: "the sweep may spend 1e308 (238095238095238000000…000 % of it)", three hundred digits.
        yield return HostileCase.Warned("plan --sweep-budget 1e308", "the sweep may spend 1e308 (2.38e285 times it)", "plan", "--params", "7B", "--tokens", "1T", "--sweep-budget", "1e308");
        yield return HostileCase.Refused("flops --vocab given twice", "--vocab is given 2 times (32000, 0); it takes one value, so give it once",
            "flops", "--layers", "32", "--d-model", "4096", "--heads", "32", "--vocab", "32000", "--context", "2048", "--tokens", "1T", "--vocab", "0");
    }

    private static IEnumerable<HostileCase> Figures(Func<string, string, string> save, string folder)
    {
        var runs = save("round16-figure-runs.csv", Header + "1e8,2e9,3.9\n1e8,4e9,3.7\n" + Rest + "8e8,32e9,2.8\n");
        string[] Fit(string name, params string[] more) => ["plot", "fit", runs, "--law", "power", "--x", "params", "--out", Path.Combine(folder, name), .. more];
        // Before: a 1-pixel-wide SVG of 5.5 MB, the 800×600 layout drawn at 1/800 scale; and at --font-scale 1000 a white page.
        yield return HostileCase.Refused("plot --width 1", "--width 1: give a size from 100 to 10,000 pixels", Fit("round16-w1.svg", "--width", "1"));
        // Before: wrote a hidden file named '.svg' (and 'fit --out .json' a hidden law file).
        yield return HostileCase.Refused("plot --out an extension alone", "the file name is an extension alone, which makes a hidden file; give a name before it, e.g. --out", Fit(".svg"));
        yield return HostileCase.Refused("fit --out an extension alone", "the file name is an extension alone, which makes a hidden file", "fit", runs, "--law", "power", "--x", "params", "--out", Path.Combine(folder, ".json"));
        yield return HostileCase.Refused("plot --height 99", "--height 99: give a size from 100 to 10,000 pixels", Fit("round16-h99.png", "--height", "99"));
        var smallest = Path.Combine(folder, "round16-w100.svg");
        yield return new HostileCase("plot --width 100 --height 100", Fit("round16-w100.svg", "--width", "100", "--height", "100"), Accepted: true, Creates: [smallest]);
        yield return HostileCase.Refused("plot --font-scale 1000", "--font-scale 1000: give a factor from 0.1 to 3; text larger leaves no room for the plot", Fit("round16-f1000.png", "--font-scale", "1000"));
        yield return HostileCase.Refused("plot --font-scale 0.01", "--font-scale 0.01: give a factor from 0.1 to 3; text smaller is under two pixels high", Fit("round16-f001.pdf", "--font-scale", "0.01"));
        var large = Path.Combine(folder, "round16-f3.png");
        yield return new HostileCase("plot --font-scale 3", Fit("round16-f3.png", "--font-scale", "3"), Accepted: true, Creates: [large]);
    }

    private static IEnumerable<HostileCase> TargetLosses(Func<string, string, string> save)
    {
        // Before: 1.26e-12 parameters on 1.84e-15 tokens, exit 0, where optimal and plan run refused the same loss.
        yield return HostileCase.Refused("inference --target-loss 1e7", "--target-loss 1e7: the law reaches it with N* = 1.26e-12 parameters on D* = 1.84e-15 tokens, less than one of each",
            "inference", "--law", "chinchilla", "--target-loss", "1e7", "--inference-tokens", "1e12");
        yield return HostileCase.Lenient("inference --target-loss 5", "inference", "--law", "chinchilla", "--target-loss", "5", "--inference-tokens", "1e12");
        // Before: "the compute budget must be a positive number, got 0", naming no option.
        const string Far = "--target-loss 1e200: so far above any model's loss that the compute reaching it is nearer zero than a double holds";
        yield return HostileCase.Refused("optimal --target-loss 1e200", Far, "optimal", "--law", "chinchilla", "--target-loss", "1e200");
        yield return HostileCase.Refused("inference --target-loss 1e200", Far, "inference", "--law", "chinchilla", "--target-loss", "1e200", "--inference-tokens", "1e12");
        yield return HostileCase.Refused("plan run --target-loss 1e200", Far, "plan", "run", "--law", "chinchilla", "--target-loss", "1e200");
        // Before: the accuracy at a loss of 1e308, "an extrapolation", exit 0.
        var accuracy = save("round16-accuracy.json", "{\"version\": 1, \"kind\": \"downstream\", \"task\": \"quiz\", \"metric\": \"acc\", \"chance\": 0.25, \"law\": \"sigmoid\", " +
            "\"input\": \"loss\", \"loss\": \"loss\", \"params\": {\"c\": 0.25, \"u\": 0.85, \"k\": 3.0, \"L0\": 3.0}, " +
            "\"covariance\": [[0, 0, 0, 0], [0, 1e-8, 0, 0], [0, 0, 1e-8, 0], [0, 0, 0, 1e-8]], \"scatter\": 0.01, \"inputRange\": [2.4, 3.5], \"rows\": 18, " +
            "\"status\": \"converged\", \"predictable\": true}");
        yield return HostileCase.Refused("downstream predict --loss 1e308", "--loss 1e308: above 1e6, which no model's loss is", "downstream", "predict", "--law-file", accuracy, "--loss", "1e308");
        yield return HostileCase.Lenient("downstream predict --loss 100 (a perplexity-like loss, far outside the fitted range)", "downstream", "predict", "--law-file", accuracy, "--loss", "100");
        yield return HostileCase.Refused("plot isoloss --levels 1e308", "IsoLoss level 1e308 is above 1e6, which no model's loss is",
            "plot", "isoloss", "--law", "chinchilla", "--levels", "1e308", "--out", Path.ChangeExtension(accuracy, ".svg"));
    }

    private static IEnumerable<HostileCase> Study(string folder)
    {
        string[] Run(params string[] more) => ["study", "run", "--synthetic", "--quiet", "--out", Path.Combine(folder, "round16-study"), .. more];
        // Before: "model shape: the width d_model must be a positive integer, got -16."
        yield return HostileCase.Refused("study run --params 1e308", "--params 1e308: give sizes of at most 1B; a study trains on this machine's processors and holds each model's parameters in one array",
            Run("--params", "1e308", "--tokens", "1M"));
        // Before: 9,223,372,036,854,775,807 steps, trained on.
        yield return HostileCase.Refused("study run --tokens 1e308", "--tokens 1e308: more than any training run has (above 1e15)", Run("--params", "50K", "--tokens", "1e308"));
        // Before: trained to a loss of NaN.
        yield return HostileCase.Refused("study run --lr 1e300", "--lr 1e300: a peak learning rate of 1 or more diverges", Run("--params", "50K", "--tokens", "1M", "--lr", "1e300"));
        // Before: "--checkpoints: must be a positive integer.", without the value.
        yield return HostileCase.Refused("study run --checkpoints 0", "--checkpoints 0: give a positive whole number", Run("--params", "50K", "--tokens", "1M", "--checkpoints", "0"));
    }
}
