namespace ScalingLaws.Tests.Hostile;

/// <summary>Option values that are empty, not numbers, out of range, absurd or in the wrong unit.</summary>
internal static class OptionCases
{
    private const string Law = "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28";

    public static IEnumerable<HostileCase> Write(string folder)
    {
        var runs = Path.Combine(folder, "opt-runs.csv");
        File.WriteAllText(runs, "params,tokens,loss\n1e8,2e9,3.9\n2e8,2e9,3.7\n4e8,2e9,3.55\n1e8,8e9,3.6\n2e8,8e9,3.4\n4e8,8e9,3.25\n");
        var curve = Path.Combine(folder, "opt-curve.csv");
        File.WriteAllText(curve, "step,loss\n100,3.2\n200,3.0\n400,2.9\n800,2.8\n1600,2.75\n");
        string[] plan = ["plan", "--params", "7B", "--tokens", "2T", "--evidence", "none"];
        string[] predict = ["predict", "--law-spec", Law];
        var cases = new (string Name, string Names, string[] Args)[]
        {
            ("bootstrap negative", "--bootstrap", ["fit", runs, "--bootstrap", "-1"]),
            ("bootstrap absurd", "the limit is", ["fit", runs, "--bootstrap", "1000000000"]),
            ("bootstrap in exponent form", "--bootstrap", ["fit", runs, "--bootstrap", "1e9"]),
            ("bootstrap text", "--bootstrap", ["fit", runs, "--bootstrap", "many"]),
            ("bootstrap empty", "--bootstrap", ["fit", runs, "--bootstrap", ""]),
            ("seed text", "--seed", ["fit", runs, "--seed", "abc"]),
            ("drop negative", "--drop-highest-loss", ["fit", runs, "--drop-highest-loss", "-1"]),
            ("min-tokens text", "--min-tokens", ["fit", runs, "--min-tokens", "lots"]),
            ("min-tokens empty", "--min-tokens", ["fit", runs, "--min-tokens", ""]),
            ("delimiter two characters", "--delimiter", ["fit", runs, "--delimiter", ";;"]),
            ("delimiter empty", "--delimiter", ["fit", runs, "--delimiter", ""]),
            ("map empty", "--map", ["fit", runs, "--map", ""]),
            ("map without field", "--map", ["fit", runs, "--map", "nonsense"]),
            ("map unknown field", "widgets", ["fit", runs, "--map", "widgets=params"]),
            ("law unknown", "chinchila", ["fit", runs, "--law", "chinchila"]),
            ("law empty", "--law '': unknown choice", ["fit", runs, "--law", ""]),
            ("fix text", "--fix", ["fit", runs, "--fix", "E=abc"]),
            ("fix unknown parameter", "gamma", ["fit", runs, "--fix", "gamma=1"]),
            ("fix empty", "--fix", ["fit", runs, "--fix", ""]),
            ("dataset empty", "unknown dataset ''", ["fit", "--dataset", ""]),
            ("dataset unknown", "chinchila", ["fit", "--dataset", "chinchila"]),
            ("misspelt option", "--bootstrp", ["fit", runs, "--bootstrp", "10"]),
            ("plan budget 2", "--sweep-budget 2", [.. plan, "--sweep-budget", "2"]),
            ("plan budget 50", "--sweep-budget 50", [.. plan, "--sweep-budget", "50"]),
            ("plan budget negative", "--sweep-budget", [.. plan, "--sweep-budget", "-0.1"]),
            ("plan budget text", "--sweep-budget", [.. plan, "--sweep-budget", "ten percent"]),
            ("plan budget empty", "--sweep-budget", [.. plan, "--sweep-budget", ""]),
            ("plan target empty", "--params", ["plan", "--params", "", "--tokens", "2T", "--sweep-budget", "0.1"]),
            ("predict params empty", "--params", [.. predict, "--params", "", "--tokens", "2e10"]),
            ("predict params text", "--params", [.. predict, "--params", "big", "--tokens", "2e10"]),
            ("predict params negative", "--params", [.. predict, "--params", "-1e9", "--tokens", "2e10"]),
            ("predict params zero", "--params", [.. predict, "--params", "0", "--tokens", "2e10"]),
            ("optimal flops empty", "--flops", ["optimal", "--law-spec", Law, "--flops", ""]),
            ("optimal flops text", "--flops", ["optimal", "--law-spec", Law, "--flops", "lots"]),
            ("plot width zero", "--width", ["plot", "fit", runs, "--out", Path.Combine(folder, "w0.png"), "--width", "0"]),
            ("plot height negative", "--height", ["plot", "fit", runs, "--out", Path.Combine(folder, "h.png"), "--height", "-5"]),
            ("plot width absurd", "--width", ["plot", "fit", runs, "--out", Path.Combine(folder, "wbig.png"), "--width", "1000000"]),
            ("synth positions zero", "--context", ["curve", "synth", "--out", Path.Combine(folder, "p0.csv"), "--context", "0"]),
            ("synth positions absurd", "--context", ["curve", "synth", "--out", Path.Combine(folder, "pbig.csv"), "--context", "100000000"]),
            ("synth checkpoints zero", "--checkpoints", ["curve", "synth", "--out", Path.Combine(folder, "c0.csv"), "--checkpoints", "0"]),
            ("synth noise negative", "--noise", ["curve", "synth", "--out", Path.Combine(folder, "n.csv"), "--noise", "-1"]),
            ("fit-fraction above 1", "--fit-fraction", ["curve", "fit", curve, "--law", "power", "--fit-fraction", "2"]),
            ("fit-fraction zero", "--fit-fraction", ["curve", "fit", curve, "--law", "power", "--fit-fraction", "0"]),
            ("fit-fraction text", "--fit-fraction", ["curve", "fit", curve, "--law", "power", "--fit-fraction", "half"]),
            ("fit-fraction empty", "--fit-fraction", ["curve", "fit", curve, "--law", "power", "--fit-fraction", ""]),
            ("curve law unknown", "powr", ["curve", "fit", curve, "--law", "powr"]),
            ("predict tokens negative zero", "--tokens", [.. predict, "--params", "1e9", "--tokens", "-0"]),
            ("optimal flops zero", "--flops", ["optimal", "--law-spec", Law, "--flops", "0"]),
            ("optimal flops negative", "--flops", ["optimal", "--law-spec", Law, "--flops", "-1e30"]),
            ("fit json on bad input", "opt-bad.csv", ["fit", WriteBad(folder), "--json"]),
            ("backtest json on bad input", "opt-bad.csv", ["backtest", WriteBad(folder), "--json"]),
            ("predict json on a newer law file", "version 2", [.. Predict(WriteNewerLaw(folder)), "--json"]),
            ("optimal json on a newer law file", "version 2", ["optimal", "--law-file", WriteNewerLaw(folder), "--flops", "1e22", "--json"]),
            ("predict params with the unit apart", "--params 70 B: the unit 'B' is a value of its own, apart from its number; write 70B, without the space", [.. predict, "--params", "70", "B", "--tokens", "2e10"]),
            ("predict tokens with the unit apart", "--tokens 1.4 T: the unit 'T' is a value of its own", [.. predict, "--params", "70B", "--tokens", "1.4", "T", "2", "T"]),
            ("optimal target loss with the exponent apart", "--target-loss 2 e0: the unit 'e0' is a value of its own", ["optimal", "--law-spec", Law, "--target-loss", "2", "e0"]),
            ("predict three sizes that disagree", "--params 70B, --tokens 1.4T and --flops 6e23 disagree with C = 6ND (6 × 70B × 1.4T = 5.88e23, 2% from --flops)",
                [.. predict, "--params", "70B", "--tokens", "1.4T", "--flops", "6e23"]),
            ("predict params denormal", "--params 1e-320: less than one, which no count is", [.. predict, "--params", "1e-320", "--tokens", "2e10"]),
        };
        // Far beyond any data, and the smallest sizes: finite answers and exit 0, never a crash.
        string[][] extremes =
        [
            ["optimal", "--law-spec", Law, "--flops", "1e300"],
            ["optimal", "--law-spec", Law, "--flops", "1"],
            [.. predict, "--params", "1", "--tokens", "1"],
            [.. predict, "--params", "1e300", "--tokens", "1e300", "--json"],
        ];
        // Every parameter fixed leaves nothing to fit: the law is evaluated and reported as given.
        string[] allFixed = ["fit", runs, "--fix", "E=1.69", "--fix", "A=406.4", "--fix", "B=410.7", "--fix", "alpha=0.34", "--fix", "beta=0.28"];
        return [.. cases.Select(c => HostileCase.Refused(c.Name, c.Names, c.Args)), HostileCase.Lenient("every parameter fixed", allFixed),
            .. extremes.Select(args => HostileCase.Lenient("far beyond the data: " + string.Join(' ', args[^4..]), args)),
            .. new[] { "\u221e", "inf", "NaN", "1e309" }.Select(v => HostileCase.Refused($"predict params '{v}'", "--params", [.. predict, "--params", v, "--tokens", "2e10"]))];
    }

    private static string[] Predict(string lawFile) => ["predict", "--law-file", lawFile, "--params", "1e9", "--tokens", "2e10"];

    private static string WriteBad(string folder)
    {
        var path = Path.Combine(folder, "opt-bad.csv");
        File.WriteAllText(path, "params,tokens,loss\n1e8,2e9,3.9\n2e8,2e9,NaN\n4e8,2e9,3.55\n1e8,8e9,3.6\n2e8,8e9,3.4\n4e8,8e9,3.25\n");
        return path;
    }

    private static string WriteNewerLaw(string folder)
    {
        var path = Path.Combine(folder, "opt-newer-law.json");
        File.WriteAllText(path, "{\"version\": 2, \"law\": \"chinchilla\", \"params\": {\"E\": 1.69, \"A\": 406.4, \"B\": 410.7, \"alpha\": 0.34, \"beta\": 0.28}}");
        return path;
    }
}
