namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// What a hostile tester tried in round 15: <c>--final</c> beside <c>--one-row-per-run</c> (every row kept, checkpoints and
/// all), and the envelope reading curves either option had taken apart; runs whose last checkpoints share their tokens;
/// law files edited by hand (a covariance of another size, a status in capitals, a byte-order mark, a future version);
/// the estimation study on a table whose losses are all one; a run ranked from as many points as its law has parameters, and
/// one whose learning rate is 0 throughout; a held-out row given twice, said to count "in the fit"; and numbers a double
/// cannot hold, in options and in tables.
/// </summary>
internal static class Round15Cases
{
    // Five runs (a model label each) of three checkpoints at rising tokens.
    private const string Runs = "model,params,tokens,loss\n" +
        "a,1e8,1e9,4.0\na,1e8,2e9,3.8\na,1e8,4e9,3.6\nb,2e8,2e9,3.6\nb,2e8,4e9,3.4\nb,2e8,8e9,3.25\nc,4e8,4e9,3.3\nc,4e8,8e9,3.1\nc,4e8,16e9,2.95\n" +
        "d,8e8,8e9,3.05\nd,8e8,16e9,2.9\nd,8e8,32e9,2.75\ne,1.6e9,16e9,2.85\ne,1.6e9,32e9,2.7\ne,1.6e9,64e9,2.55\n";

    // A covariance of the law's five parameters, as a fit writes one.
    private const string Diagonal = "[[0.01, 0, 0, 0, 0], [0, 0.01, 0, 0, 0], [0, 0, 0.01, 0, 0], [0, 0, 0, 0.0001, 0], [0, 0, 0, 0, 0.0001]]";

    private const string Published = "\"law\": \"chinchilla\", \"params\": {\"E\": 1.69, \"A\": 406.4, \"B\": 410.7, \"alpha\": 0.34, \"beta\": 0.28}";

    public static IEnumerable<HostileCase> Write(string folder)
    {
        var save = Round13Cases.Saver(folder);
        var runs = save("round15-runs.csv", Runs);
        return [.. FinalAndRuns(save, runs), .. LawFiles(save), .. Study(save), .. Curves(save), .. Numbers(save, runs)];
    }

    private static IEnumerable<HostileCase> FinalAndRuns(Func<string, string, string> save, string runs)
    {
        // Before: every row a run of its own, so --final kept all 15 rows of 5 labelled runs, checkpoints and all, without a word.
        const string Both = "--final and --one-row-per-run together: --one-row-per-run makes every row a run of its own, so --final would keep every row";
        yield return HostileCase.Refused("fit --final --one-row-per-run", Both, "fit", runs, "--final", "--one-row-per-run");
        yield return HostileCase.Refused("predict FILE --final --one-row-per-run", Both, "predict", "--law", "chinchilla", runs, "--one-row-per-run", "--final");
        yield return HostileCase.Refused("backtest --final --one-row-per-run", Both, "backtest", runs, "--final", "--one-row-per-run", "--quiet");
        // Before: "every row read as a run of its own", then "5 runs with training curves": the envelope grouped by model anyway.
        yield return HostileCase.Refused("envelope --one-row-per-run", "round15-runs.csv: --one-row-per-run reads every row as a run of its own, so no run has a training curve",
            "envelope", runs, "--one-row-per-run");
        // Before: "no run has 2 or more checkpoints at different compute", with no word of the --final that left one.
        yield return HostileCase.Refused("envelope --final", "--final keeps each run's last checkpoint, but Approach 1 takes each run's whole training curve",
            "envelope", runs, "--final");
        yield return HostileCase.Lenient("envelope of five labelled runs", "envelope", runs);
        // Before: only the note "every row read as a run of its own"; the labels said 5 runs.
        yield return HostileCase.Warned("fit --one-row-per-run on labelled runs",
            "warning: --one-row-per-run reads each of the 15 rows as a run of its own, but its run labels say they are checkpoints of 5 runs",
            "fit", runs, "--one-row-per-run", "--law", "power", "--x", "params");
        var steps = save("round15-steps.csv", "params,step,tokens,loss\n1e8,100,1e9,4.0\n1e8,200,2e9,3.8\n2e8,100,2e9,3.6\n2e8,200,4e9,3.4\n4e8,100,4e9,3.3\n4e8,200,8e9,3.1\n");
        yield return HostileCase.Warned("fit --one-row-per-run on a table with a step column", "but its step column says they are checkpoints of 3 runs",
            "fit", steps, "--one-row-per-run", "--law", "power", "--x", "params");
        // A sweep listed by N, then D (no label, no step) is what the option is for: no warning, and the note says how the rows were read.
        var sweep = save("round15-sweep.csv", "params,tokens,loss\n1e8,1e9,4.0\n1e8,2e9,3.8\n2e8,2e9,3.6\n2e8,4e9,3.4\n4e8,4e9,3.3\n4e8,8e9,3.1\n");
        yield return HostileCase.Warned("fit --one-row-per-run on a sweep listed by N, then D", "every row read as a run of its own",
            "fit", sweep, "--one-row-per-run", "--law", "power", "--x", "params");
        // Tokens rounded alike at steps 300 and 200, listed newest first: --final kept step 200 (loss 3.7), being listed later.
        var tied = save("round15-tied-tokens.csv", "model,params,step,tokens,loss\na,1e8,300,3e9,3.6\na,1e8,200,3e9,3.7\na,1e8,100,1e9,4.0\n" +
            "b,2e8,300,6e9,3.3\nb,2e8,200,6e9,3.4\nb,2e8,100,2e9,3.6\n");
        yield return HostileCase.Warned("predict FILE --final of runs whose last checkpoints share their tokens", "│ a │ 100M │ 3B │ 1.8e18 │ 3.376 │ 3.6 │",
            "predict", "--law", "chinchilla", tied, "--final");
    }

    private static IEnumerable<HostileCase> LawFiles(Func<string, string, string> save)
    {
        // Before: a square covariance of any size was read, and the delta method used its first rows only ([2.341, 2.561] for [2.322, 2.582]).
        var two = save("round15-cov-2x2.json", Extrapolated("[[0.01, 0], [0, 0.01]]"));
        yield return HostileCase.Refused("predict under a law file whose covariance is 2 × 2", $"{two}: the extrapolation block's covariance is not a square matrix of 5 × 5 finite numbers",
            "predict", "--law-file", two, "--params", "3B", "--tokens", "100B");
        var three = save("round15-cov-3x3.json", Extrapolated("[[0.01, 0, 0], [0, 0.01, 0], [0, 0, 0.01]]"));
        yield return HostileCase.Refused("optimal under a law file whose covariance is 3 × 3", $"{three}: the extrapolation block's covariance is not a square matrix of 5 × 5",
            "optimal", "--law-file", three, "--flops", "1e22");
        var five = save("round15-cov-5x5.json", Extrapolated(Diagonal));
        yield return HostileCase.Warned("predict under a law file whose covariance is the law's size", "predictive 95% interval",
            "predict", "--law-file", five, "--params", "3B", "--tokens", "100B");
        // Before: "status 'Converged' is not one a fit writes", where the law's name is read in any case.
        var capital = save("round15-status-capital.json", $"{{{Published}, \"status\": \"Converged\"}}");
        yield return HostileCase.Lenient("predict under a law file whose status is in capitals", "predict", "--law-file", capital, "--params", "7B", "--tokens", "1T");
        var stalled = save("round15-status-stalled.json", $"{{{Published}, \"status\": \"Iteration-Limit\"}}");
        yield return HostileCase.Refused("predict under a law file whose status in capitals did not converge", $"{stalled}: the fit saved in this file did not converge (status Iteration-Limit)",
            "predict", "--law-file", stalled, "--params", "7B", "--tokens", "1T");
        var named = save("round15-law-capital.json", $"{{{Published.Replace("\"chinchilla\"", "\"CHINCHILLA\"")}}}");
        yield return HostileCase.Lenient("predict under a law file whose law is in capitals", "predict", "--law-file", named, "--params", "7B", "--tokens", "1T");
        var bom = save("round15-law-bom.json", $"\uFEFF{{{Published}}}");
        yield return HostileCase.Lenient("predict under a law file that starts with a byte-order mark", "predict", "--law-file", bom, "--params", "7B", "--tokens", "1T");
        var trailing = save("round15-law-trailing.json", $"{{{Published}}}\n}}garbage\n");
        yield return HostileCase.Refused("predict under a law file with trailing garbage", $"{trailing}: not a law file (not valid JSON at line 2",
            "predict", "--law-file", trailing, "--params", "7B", "--tokens", "1T");
        var future = save("round15-law-future.json", $"{{\"version\": 99, {Published}}}");
        yield return HostileCase.Refused("predict under a law file of a future version", $"{future}: a law file of format version 99, but this build of scaling reads version 1",
            "predict", "--law-file", future, "--params", "7B", "--tokens", "1T");
        var negative = save("round15-law-negative-sigma.json", Extrapolated(Diagonal, sigma: "-0.01"));
        yield return HostileCase.Refused("predict under a law file whose sigma0 is negative", $"{negative}: the extrapolation error model (sigma0 -0.01",
            "predict", "--law-file", negative, "--params", "3B", "--tokens", "100B");
        // Before: σ0 = 1e300 printed the interval [0, –] with exit 0 (found in round 15, fixed by the lead after it).
        var huge = save("round15-law-huge-sigma.json", Extrapolated(Diagonal, sigma: "1e300"));
        yield return HostileCase.Refused("predict under a law file whose sigma0 is 1e300", $"{huge}: the extrapolation error model (sigma0 1e300, slope 0.014",
            "predict", "--law-file", huge, "--params", "3B", "--tokens", "100B");
        var wide = save("round15-law-wide-sigma.json", Extrapolated(Diagonal, sigma: "2"));
        yield return HostileCase.Lenient("predict under a law file whose sigma0 is 2 (wide, but a number a backtest could give)", "predict", "--law-file", wide, "--params", "3B", "--tokens", "100B");
        // Before: "Prior" and "magic" were read as a backtest ("measured by backtests on the fitted table"), and -5 cut points were reported as read.
        var prior = save("round15-law-source-capital.json", Extrapolated(Diagonal).Replace("\"prior\"", "\"Prior\""));
        yield return HostileCase.Warned("predict under a law file whose source is Prior", "the prior measured across the Hitchhiker families",
            "predict", "--law-file", prior, "--params", "3B", "--tokens", "100B");
        var magic = save("round15-law-source-magic.json", Extrapolated(Diagonal).Replace("\"prior\"", "\"magic\""));
        yield return HostileCase.Refused("predict under a law file whose source is magic", $"{magic}: the extrapolation block's source 'magic' is neither prior nor backtest",
            "predict", "--law-file", magic, "--params", "3B", "--tokens", "100B");
        var cuts = save("round15-law-negative-cuts.json", Extrapolated(Diagonal).Replace("\"prior\"", "\"backtest\"").Replace("\"cutPoints\": 0", "\"cutPoints\": -5"));
        yield return HostileCase.Refused("predict under a law file of -5 cut points", $"{cuts}: the extrapolation error model (sigma0 0.015, slope 0.014, multiplier 2.9, decaySlope 0, cutPoints -5, runs 5) is not valid",
            "predict", "--law-file", cuts, "--params", "3B", "--tokens", "100B");
        var correlated = save("round15-law-correlation.json", Extrapolated("[[0.01, 0.05, 0, 0, 0], [0.05, 0.01, 0, 0, 0], [0, 0, 0.01, 0, 0], [0, 0, 0, 0.0001, 0], [0, 0, 0, 0, 0.0001]]"));
        yield return HostileCase.Refused("predict under a law file whose covariance is not positive definite", $"{correlated}: the extrapolation block's covariance gives rows 1 and 2 a correlation of 5",
            "predict", "--law-file", correlated, "--params", "3B", "--tokens", "100B");
    }

    // The published law with an extrapolation block: the prior's error model over a sweep's ranges, and the given covariance.
    private static string Extrapolated(string covariance, string sigma = "0.015") =>
        $"{{\"version\": 1, {Published}, \"status\": \"converged\", \"extrapolation\": {{\"ranges\": {{\"params\": [1e8, 1.6e9], \"tokens\": [1e9, 6.4e10]}}, " +
        $"\"sigma0\": {sigma}, \"slope\": 0.014, \"multiplier\": 2.9, \"source\": \"prior\", \"order\": null, \"cutPoints\": 0, \"runs\": 5, \"covariance\": {covariance}}}}}";

    private static IEnumerable<HostileCase> Study(Func<string, string, string> save)
    {
        // Six sizes of ten checkpoints, every loss 3: before, each of the study's cells failed on its own and the study ended
        // "give more model sizes or more checkpoints per run" (exit 4), and plan --evidence said a family needs 3 sizes.
        var flat = save("round15-flat-losses.csv", "family,params,tokens,loss\n" +
            string.Concat(new[] { 1e8, 2e8, 4e8, 8e8, 1.6e9, 3.2e9 }.SelectMany(n => Enumerable.Range(1, 10).Select(t => $"A,{n:R},{n * 2 * t:R},3.0\n"))));
        const string Same = "round15-flat-losses.csv: every row of family 'A' has the same loss (3), so no cell of the study has a scaling to fit";
        yield return HostileCase.Refused("evaluate a family whose losses are all 3", Same, "evaluate", flat, "--token-cut", "0", "--quiet");
        yield return HostileCase.Refused("findings of a family whose losses are all 3", Same, "findings", flat, "--quiet");
        yield return HostileCase.Refused("plot are of a family whose losses are all 3", Same, "plot", "are", flat, "--out", Path.ChangeExtension(flat, ".svg"));
        yield return HostileCase.Refused("plan --evidence of a family whose losses are all 3", Same,
            "plan", "--evidence", flat, "--params", "7B", "--tokens", "1T", "--sweep-budget", "0.1");
        // Blank cells of a family column: before, studied as one more family named after the file, averaged in without a word.
        var blank = save("round15-blank-family.csv", "family,params,tokens,loss\n" + string.Concat(new[] { "A", "" }.SelectMany(f =>
            new[] { 1e8, 2e8, 4e8, 8e8 }.SelectMany(n => Enumerable.Range(1, 5).Select(t => $"{f},{n:R},{n * 5 * t:R},{3 + 1e8 / n - 0.05 * t:R}\n")))));
        const string Blank = "warning: 20 rows have no family (first, row 21) where the family column names the others', so they are studied as one more family, 'round15-blank-family'";
        yield return HostileCase.Warned("evaluate a table whose family column is blank on 20 rows", Blank, "evaluate", blank, "--token-cut", "0", "--quiet");
        yield return HostileCase.Warned("findings of a table whose family column is blank on 20 rows", Blank, "findings", blank, "--token-cut", "0", "--quiet");
        // plan --evidence read the same file without the warning (the lead's fix after round 15).
        yield return HostileCase.Warned("plan --evidence of a table whose family column is blank on 20 rows",
            "round15-blank-family.csv: 20 rows have no family (first, row 21) where the family column names the others'",
            "plan", "--evidence", blank, "--params", "7B", "--tokens", "1T", "--sweep-budget", "0.1");
    }

    private static IEnumerable<HostileCase> Curves(Func<string, string, string> save)
    {
        // Three points a run for the power law's three parameters: before, ranked with P(best) 0.783 and 0.217 without a word.
        var three = save("round15-three-points.csv", "run,step,lr,loss\na,100,3e-4,3.5\na,200,3e-4,3.3\na,300,3e-4,3.2\nb,100,3e-4,3.6\nb,200,3e-4,3.35\nb,300,3e-4,3.25\n");
        yield return HostileCase.Refused("curve rank runs of as many points as the law has parameters",
            "round15-three-points.csv, run a: 3 fitted points for the 3 parameters of the power law: the law passes through every point, so nothing checks its forecast",
            "curve", "rank", three, "--law", "power", "--steps", "100000");
        var four = save("round15-four-points.csv", "run,step,lr,loss\na,100,3e-4,3.5\na,200,3e-4,3.3\na,300,3e-4,3.2\na,400,3e-4,3.14\n" +
            "b,100,3e-4,3.6\nb,200,3e-4,3.35\nb,300,3e-4,3.25\nb,400,3e-4,3.2\n");
        yield return HostileCase.Warned("curve rank runs of one point more than the law's parameters", "P(best)", "curve", "rank", four, "--law", "power", "--steps", "1000");
        // A learning rate of 0 throughout: before, "step 100: the area under the learning rate S1 is 0 ...; drop the points before training starts", every point.
        var zero = save("round15-zero-lr.csv", "step,lr,loss\n100,0,3.2559\n200,0,3.0201\n300,0,2.9033\n400,0,2.8286\n500,0,2.7750\n600,0,2.7337\n700,0,2.7006\n800,0,2.6730\n900,0,2.6497\n1000,0,2.6295\n");
        const string Untrained = "round15-zero-lr.csv, run round15-zero-lr: the area under the learning rate S1 is 0 at the last logged step 1000, so no point is after training starts; check the lr column";
        yield return HostileCase.Refused("curve fit --law multipower of a run whose learning rate is 0 throughout", Untrained, "curve", "fit", zero, "--law", "multipower");
        yield return HostileCase.Refused("curve fit --law tissue of a run whose learning rate is 0 throughout", Untrained, "curve", "fit", zero, "--law", "tissue");
        yield return HostileCase.Lenient("curve fit --law power of a run whose learning rate is 0 throughout", "curve", "fit", zero, "--law", "power");
        // The temporal law of per-position losses at a rate of 0 throughout: before, "the learning rate is 0 at the first checkpoint" and "S = S1/0, r = lr/0".
        var positions = save("round15-zero-lr-positions.csv", "run,step,tokens,lr,loss,pos_1,pos_2,pos_3,pos_4,pos_5,pos_6,pos_7,pos_8,pos_9,pos_10,pos_11,pos_12,pos_13,pos_14,pos_15,pos_16\nz,500,131072000,0,4.7025,6.3333,5.8571,5.5000,5.2222,5.0000,4.8182,4.6667,4.5385,4.4286,4.3333,4.2500,4.1765,4.1111,4.0526,4.0000,3.9524\nz,1000,262144000,0,4.4754,6.0214,5.5700,5.2314,4.9681,4.7574,4.5850,4.4414,4.3199,4.2157,4.1254,4.0464,3.9767,3.9147,3.8593,3.8094,3.7642\nz,1500,393216000,0,4.3425,5.8390,5.4020,5.0743,4.8194,4.6155,4.4486,4.3096,4.1920,4.0911,4.0037,3.9273,3.8598,3.7998,3.7462,3.6979,3.6542\nz,2000,524288000,0,4.2483,5.7095,5.2828,4.9628,4.7139,4.5148,4.3519,4.2161,4.1012,4.0028,3.9174,3.8428,3.7769,3.7183,3.6659,3.6188,3.5761\nz,2500,655360000,0,4.1751,5.6091,5.1904,4.8763,4.6321,4.4367,4.2768,4.1436,4.0309,3.9342,3.8505,3.7772,3.7126,3.6551,3.6037,3.5574,3.5155\nz,3000,786432000,0,4.1154,5.5270,5.1148,4.8057,4.5652,4.3729,4.2155,4.0843,3.9734,3.8782,3.7958,3.7237,3.6600,3.6034,3.5528,3.5073,3.4660\nz,3500,917504000,0,4.0649,5.4577,5.0510,4.7460,4.5087,4.3189,4.1636,4.0342,3.9248,3.8309,3.7496,3.6784,3.6156,3.5598,3.5098,3.4649,3.4242\nz,4000,1048576000,0,4.0211,5.3976,4.9957,4.6942,4.4598,4.2722,4.1187,3.9908,3.8826,3.7899,3.7095,3.6392,3.5771,3.5219,3.4726,3.4282,3.3880\n");
        yield return HostileCase.Warned("curve temporal of per-position losses whose learning rate is 0 throughout",
            "the learning rate is 0 at every checkpoint: the schedule forms were not tried (check the lr column)", "curve", "temporal", positions);
    }

    private static IEnumerable<HostileCase> Numbers(Func<string, string, string> save, string runs)
    {
        // Before: a held-out row given twice "counts in the fit as one more run", where predict fits nothing.
        var twice = save("round15-heldout-twice.csv", "params,tokens,loss\n1e8,1e9,4.0\n1.6e9,64e9,2.55\n1.6e9,64e9,2.55\n");
        yield return HostileCase.Warned("predict FILE of a held-out table that repeats a row", "1 row repeats an earlier row exactly (row 3 = row 2); each copy counts in the held-out score as one more run",
            "predict", "--law", "chinchilla", twice);
        // Before: "'1e400' is not a quantity; write e.g. 0.3527, 3e21 or 70B", with no reason, where 1e-400 has one.
        yield return HostileCase.Refused("fit --min-tokens 1e400", "--min-tokens 1e400: '1e400' is not a quantity; it is beyond the largest number a double holds (about 1.8e308)",
            "fit", runs, "--min-tokens", "1e400");
        yield return HostileCase.Refused("optimal --flops 1e400", "--flops 1e400: '1e400' is not a quantity; it is beyond the largest number a double holds",
            "optimal", "--law", "chinchilla", "--flops", "1e400");
        // Before: "dropped 0 rows with fewer than -0 tokens".
        yield return HostileCase.Warned("fit --min-tokens -0", "dropped 0 rows with fewer than 0 tokens; 15 remain", "fit", runs, "--min-tokens", "-0", "--law", "power", "--x", "params");
        const string Header = "params,tokens,loss\n";
        const string Rest = "2e8,4e9,3.4\n4e8,8e9,3.1\n8e8,16e9,2.9\n";
        var quoted = save("round15-quoted-thousands.csv", Header + "\"100,000,000\",1e9,4.0\n" + Rest);
        yield return HostileCase.Lenient("fit a size quoted with thousands separators", "fit", quoted, "--law", "power", "--x", "params");
        var comma = save("round15-quoted-decimal-comma.csv", Header + "1e8,1e9,\"4,0\"\n" + Rest);
        yield return HostileCase.Refused("fit a loss quoted with a decimal comma", "round15-quoted-decimal-comma.csv, row 1, column 'loss': '4,0' is not a number; it has a decimal comma",
            "fit", comma, "--law", "power", "--x", "params");
        var hex = save("round15-hex.csv", Header + "0x10,1e9,4.0\n" + Rest);
        yield return HostileCase.Refused("fit a size written in hexadecimal", "round15-hex.csv, row 1, column 'params': '0x10' is not a number", "fit", hex, "--law", "power", "--x", "params");
        var infinity = save("round15-infinity-sign.csv", Header + "1e8,∞,4.0\n" + Rest);
        yield return HostileCase.Refused("fit tokens written ∞", "round15-infinity-sign.csv, row 1, column 'tokens': '∞' is not a number", "fit", infinity, "--law", "power", "--x", "params");
        var nan = save("round15-nan-lower.csv", Header + "1e8,1e9,nan\n" + Rest);
        yield return HostileCase.Refused("fit a loss written nan", "round15-nan-lower.csv, row 1, column 'loss': loss is 'nan', which is not finite", "fit", nan, "--law", "power", "--x", "params");
    }
}
