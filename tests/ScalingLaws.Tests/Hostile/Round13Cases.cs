namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// What a hostile tester tried in round 13: findings of which no cell was scored, answered with exit 4 as evaluate answers
/// them (before: a table of inconclusive findings, exit 0); a budget, size or point given twice, answered once; one point
/// (params, tokens) given again with another loss and no column telling the runs apart, named; Excel's 'sep=;' line read
/// with the delimiter it names, row numbers still counting it; and what the probe found: a family column that names each
/// row, a study's family without its file, sizes in .NET's "1E+08", and law constants no allocation holds (alpha = 0, B = 1e300).
/// </summary>
internal static class Round13Cases
{
    private const string Law = "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28";

    internal const string Grid = "params,tokens,loss\n1e8,2e9,3.9\n2e8,2e9,3.7\n4e8,2e9,3.55\n1e8,8e9,3.6\n2e8,8e9,3.4\n4e8,8e9,3.25\n8e8,8e9,3.15\n8e8,2e9,3.45\n";

    internal static readonly string[] Fixed = ["--fix", "B=410.7", "--fix", "beta=0.28"];

    public static IEnumerable<HostileCase> Write(string folder)
    {
        var save = Saver(folder);
        var runs = save("round13-runs.csv", Grid);
        return [.. Findings(runs), .. Twice(runs), .. SamePoint(save), .. SeparatorLines(save), .. Probes(save)];
    }

    /// <summary>Writes a named file of the round into <paramref name="folder"/> and gives its path.</summary>
    internal static Func<string, string, string> Saver(string folder) => (name, content) =>
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    };

    // evaluate and plot are answered exit 4 when no cell was scored; findings said "inconclusive" four times, exit 0.
    private static IEnumerable<HostileCase> Findings(string runs)
    {
        const string Warning = "warning: no cell of the study was scored ('scaling evaluate' lists each cell's reason), so every finding is inconclusive and none tests the paper's claims; " +
            "--token-cut 10B drops 8 of the 8 rows (those with at most 10B tokens): give --token-cut 0 to keep them, " +
            "or --token-cut 267M, the guide's cut scaled to this table (its longest run, 8B tokens, × 10B / 300B), or give more model sizes.";
        yield return HostileCase.Unusable("findings on a sweep the default cut drops whole", Warning, "findings", runs);
        yield return HostileCase.Unusable("findings --json with no cell scored", "so every finding is inconclusive", "findings", runs, "--json");
        yield return HostileCase.Unusable("findings --token-cut 0 with too few rows per cell", "so every finding is inconclusive and none tests the paper's claims; give more model sizes or more checkpoints per run",
            "findings", runs, "--token-cut", "0");
    }

    // The same value twice asks one question: optimal answered 1e23 twice, plan run refused "give one budget", isoflop
    // refused "1e19 is given 2 times". Read once, as the same --map pair is (OptimalCommandTests and PredictCommandTests check the rows).
    private static IEnumerable<HostileCase> Twice(string runs)
    {
        yield return HostileCase.Lenient("optimal --flops 1e23,1e23", "optimal", "--law-spec", Law, "--flops", "1e23,1e23");
        yield return HostileCase.Lenient("optimal --params 7B 7e9 --target-loss 2,2.0", "optimal", "--law-spec", Law, "--params", "7B", "7e9", "--target-loss", "2,2.0");
        yield return HostileCase.Lenient("plan run --flops 1e23,1e23", "plan", "run", "--law-spec", Law, "--flops", "1e23,1e23");
        yield return HostileCase.Lenient("plan run --gpu-hours 1000,1000", "plan", "run", "--law-spec", Law, "--gpu-hours", "1000,1000", "--gpu", "H100", "--mfu", "0.4");
        yield return HostileCase.Lenient("predict the same point twice", "predict", "--law-spec", Law, "--params", "7B,7B", "--tokens", "1T,1T");
        // Read once, the two budgets are the design refused for its own reason, as when each is given once.
        yield return HostileCase.Refused("isoflop --budgets given twice", "only 0 of 2 compute budgets give an interior parabola minimum", "isoflop", runs, "--budgets", "1e19,3e19,1e19");
    }

    // A row given again at its point with another loss was fitted silently as one more run.
    private static IEnumerable<HostileCase> SamePoint(Func<string, string, string> save)
    {
        var again = save("round13-point-again.csv", Grid + "1e8,2e9,3.95\n");
        yield return HostileCase.Warned("fit a table that gives a point twice with two losses",
            "1 row gives another loss at the params and tokens of an earlier row, with no column that tells the runs apart (row 9: loss 3.95 at 100M params and 2B tokens, where row 1 has 3.9)",
            ["fit", again, .. Fixed]);
        var next = save("round13-point-next.csv", Grid.Replace("1e8,2e9,3.9\n", "1e8,2e9,3.9\n1e8,2e9,3.95\n"));
        yield return HostileCase.Warned("fit a table that gives a point twice in a row", "(row 2: loss 3.95 at 100M params and 2B tokens, where row 1 has 3.9)", ["fit", next, .. Fixed]);
        var seeds = save("round13-point-seeds.csv", "seed,params,tokens,loss\n" + string.Concat(Grid.Split('\n')[1..^1].Select(row => $"1,{row}\n")) + "2,1e8,2e9,3.95\n");
        yield return HostileCase.Lenient("fit seeds of one point told apart by a seed column", ["fit", seeds, .. Fixed]);
        // Two setups labelled apart, a constant 0.6 nats between them: each run was fitted as one more of the same law.
        var pooled = save("round13-two-setups.csv", "model," + Grid.Split('\n')[0] + "\n" +
            string.Concat(Grid.Split('\n')[1..^1].Select((row, i) => $"a{i},{row}\n")) +
            string.Concat(Grid.Split('\n')[1..^1].Select((row, i) => $"b{i},{string.Join(',', row.Split(',')[..2])},{double.Parse(row.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture) + 0.6:R}\n")));
        yield return HostileCase.Warned("fit two setups of one grid told apart only by their labels",
            "8 of 8 (N, D) points given more than once have losses over 5% apart (row 7: 3.15, row 15: 3.75 at 800M params, 8B tokens: 19.05% apart)", ["fit", pooled, .. Fixed]);
    }

    // Excel's 'sep=;' names the delimiter; the table is read with it, and rows still count the line.
    private static IEnumerable<HostileCase> SeparatorLines(Func<string, string, string> save)
    {
        var bad = save("round13-sep-bad-cell.csv", "sep=;\n" + Grid.Replace(',', ';').Replace("3.25", "abc"));
        yield return HostileCase.Refused("fit under 'sep=;' with a bad cell on line 8", "round13-sep-bad-cell.csv, row 7, column 'loss': 'abc' is not a number", "fit", bad);
        var tab = save("round13-sep-tab.csv", "sep=\t\n" + Grid.Replace(',', '\t'));
        yield return HostileCase.Lenient("fit a .csv under 'sep=\\t'", ["fit", tab, .. Fixed]);
        var padded = save("round13-sep-padded.csv", "SEP=;;;\n" + Grid.Replace(',', ';'));
        yield return HostileCase.Lenient("fit under 'SEP=;;;' (upper case, padded)", ["fit", padded, .. Fixed]);
        var comma = save("round13-sep-comma.csv", "sep=,\n" + Grid);
        // A delimiter the user gives wins over the line's; the header then reads as one column.
        yield return HostileCase.Refused("fit --delimiter ';' under 'sep=,'", "round13-sep-comma.csv: the header looks comma-separated; use --delimiter ','", "fit", comma, "--delimiter", ";");
        var quote = save("round13-quoted-header.csv", "\"params,tokens,loss\n1e8,2e9,3.9\n");
        yield return HostileCase.Refused("fit a header whose quote is never closed", "round13-quoted-header.csv: a quoted field of the header is never closed", "fit", quote);
        var curve = save("round13-sep-curve.csv", "sep=;\nstep;loss\n100;3.2\n200;3.0\n400;2.9\n800;2.8\n1600;2.75\n3200;2.7\n");
        yield return HostileCase.Lenient("curve fit under 'sep=;'", "curve", "fit", curve, "--law", "power");
        var header = save("round13-step-header.csv", "step,loss\n100,3.2\n200,3.0\n400,2.9\n800,2.8\n1600,2.75\n3200,2.7\n");
        yield return HostileCase.Lenient("curve fit a header that starts with 's', read ahead and given back", "curve", "fit", header, "--law", "power");
    }

    private static IEnumerable<HostileCase> Probes(Func<string, string, string> save)
    {
        // A size no run has was answered without a word (a learning rate of 3.52e-18 for 1e30 parameters), where a table's row is warned about.
        yield return HostileCase.Warned("predict --params 1e30", "warning: --params 1e30 is more than any training run has (above 1e14",
            "predict", "--law-spec", Law, "--params", "1e30", "--tokens", "1T");
        yield return HostileCase.Warned("hparams --tokens 1e16", "warning: --tokens 1e16 is more than any training run has (above 1e15",
            "hparams", "--law", "step-law", "--params", "7B", "--tokens", "1e16");
        // A run named twice was ranked against itself (P(best) 0.507 and 0.493 for one run), or fitted on twice its points.
        yield return HostileCase.Refused("curve rank --run the same run twice", "ranking needs at least two runs to choose among; only run constant_24000 was read",
            "curve", "rank", "--dataset", "multipower-25M", "--run", "constant_24000,constant_24000", "--fit-fraction", "0.5");
        yield return HostileCase.Warned("curve fit --fit-runs the same run twice", "fitted on 171 points of dataset multipower-25M: constant_24000 (171)",
            "curve", "fit", "--dataset", "multipower-25M", "--fit-runs", "constant_24000,CONSTANT_24000", "--law", "power");
        // Before: "family 'a' has 1 model size (100M parameters)", of the first row only, and no file.
        var named = save("round13-run-names.csv", "config,params,tokens,loss\na,1e8,2e10,3.9\nb,2e8,2e10,3.7\nc,4e8,2e10,3.55\nd,8e8,2e10,3.4\n");
        yield return HostileCase.Refused("evaluate --family-column of one name per row",
            "round13-run-names.csv: each of the 4 rows is a family of its own, so no family has the 3 model sizes the study needs", "evaluate", named, "--family-column", "config");
        var two = save("round13-two-sizes.csv", "params,tokens,loss\n1e8,2e10,3.9\n2e8,2e10,3.7\n");
        yield return HostileCase.Refused("evaluate a table of two sizes", "round13-two-sizes.csv: family 'round13-two-sizes' has 2 model sizes", "evaluate", two);
        // Before: "every row has the same params (1E+08)".
        var one = save("round13-one-size.csv", "params,tokens,loss\n1e8,1e9,4.0\n1e8,2e9,3.8\n1e8,4e9,3.6\n1e8,8e9,3.5\n1e8,16e9,3.42\n1e8,32e9,3.37\n");
        yield return HostileCase.Refused("fit a table of one size", "round13-one-size.csv: every row has the same params (100M)", "fit", one);
        // Before: "compute-optimal allocation needs A, B, alpha, beta > 0 (got A=406.4, B=410.7, alpha=0, beta=0.28)", no source;
        // and B = 1e300 answered N* = 0, D* = Infinity with exit 0.
        yield return HostileCase.Refused("optimal under alpha = 0", "compute-optimal allocation needs A, B, alpha and beta above 0 (got A = 406.4, B = 410.7, alpha = 0, beta = 0.28)",
            "optimal", "--law-spec", "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0,beta=0.28", "--flops", "1e23");
        yield return HostileCase.Refused("optimal under B = 1e300", "compute-optimal allocation is beyond the range of a double",
            "optimal", "--law-spec", "chinchilla:E=1.69,A=406.4,B=1e300,alpha=0.34,beta=0.28", "--flops", "1e23");
    }
}
