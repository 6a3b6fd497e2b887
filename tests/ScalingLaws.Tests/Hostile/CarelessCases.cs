using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// What a careless user gives: tables and curves with rows pasted twice, checkpoints logged twice, perplexities or losses
/// in another scale, sizes without their unit (in a table or on the command line), an equal loss everywhere, groups told apart only by a vocabulary or tokenizer column, headers in
/// other scripts; selections that keep nothing; settings at absurd values; law files edited by hand; and a fit cut short
/// asked to save itself. The silent traps must warn (and fail --strict), the rest be refused in one line or read as meant.
/// </summary>
internal static class CarelessCases
{
    private static readonly (double N, double D)[] Grid = [.. from n in new[] { 1e8, 2e8, 4e8, 8e8 } from d in new[] { 2e9, 8e9 } select (n, d)];

    private static readonly (double N, double D)[] Wide = [.. from n in new[] { 1e8, 2e8, 4e8, 8e8, 1.6e9 } from d in new[] { 2e9, 4e9, 8e9, 1.6e10, 3.2e10 } select (n, d)];

    private const string Law = "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28";

    public static IEnumerable<HostileCase> Write(string folder)
    {
        string Save(string name, string content) => SaveBytes(folder, name, Encoding.UTF8.GetBytes(content));
        var runs = Save("runs.csv", "model,params,tokens,loss,vocab\n" + string.Concat(Grid.Select((g, i) => $"m{i},{g.N:R},{g.D:R},{Loss(g.N, g.D)},32000\n")));
        return [.. Tables(Save), .. Options(runs), .. LawFiles(folder), .. Curves(folder), .. CutShort(folder)];
    }

    // Tables of runs given to fit: warned, refused or read.
    private static IEnumerable<HostileCase> Tables(Func<string, string, string> save)
    {
        var plain = Table(Grid, Loss);
        var warned = new (string Name, string Content, string Warns)[]
        {
            ("pasted-block", plain + string.Concat(Grid.Take(3).Select(g => $"{g.N:R},{g.D:R},{Loss(g.N, g.D)}\n")), "3 rows repeat an earlier row exactly (row 9 = row 1)"),
            ("file-appended-to-itself", plain + plain["params,tokens,loss\n".Length..], "8 rows repeat an earlier row exactly (row 9 = row 1)"),
            ("one-row-twice", plain + $"{Grid[5].N:R},{Grid[5].D:R},{Loss(Grid[5].N, Grid[5].D)}\n", "1 row repeats an earlier row exactly (row 9 = row 6)"),
            ("checkpoint-logged-twice", "model,params,tokens,loss\n" + string.Concat(Grid.Select(g => $"n{g.N:R},{g.N:R},{g.D:R},{Loss(g.N, g.D)}\n")) + $"n{1e8:R},{1e8:R},{2e9:R},3.9\n",
                "1 row gives another loss for a checkpoint listed earlier (row 9: loss 3.9 at 2B tokens of the run of row 1"),
            ("step-logged-twice-after-resume", "model,step,params,tokens,loss\n"
                + string.Concat(new[] { ("a", 1e8), ("b", 2e8) }.SelectMany(m => Enumerable.Range(1, 8).Select(s => $"{m.Item1},{s * 100},{m.Item2:R},{s * 1e8:R},{4 - 0.1 * s - m.Item2 / 1e9:R}\n")))
                + string.Concat(Enumerable.Range(5, 4).Select(s => $"a,{s * 100},1e8,{s * 1e8:R},{4.01 - 0.1 * s:R}\n")), "4 rows give another loss for a checkpoint listed earlier (row 17"),
            ("perplexity-as-loss", Table(Grid, (n, d) => Math.Exp(double.Parse(Loss(n, d), CultureInfo.InvariantCulture)).ToString("R", CultureInfo.InvariantCulture)), "8 of 8 rows have a loss above 12.5"),
            ("one-loss-of-a-million", Table(Grid, (n, d) => n == 2e8 && d == 2e9 ? "1e6" : Loss(n, d)), "1 of 8 rows has a loss above 12.5 (row 3: 1000000)"),
            ("one-loss-of-101", Table(Grid, (n, d) => n == 4e8 && d == 8e9 ? "101" : Loss(n, d)), "1 of 8 rows has a loss above 12.5 (row 6: 101)"),
            ("losses-near-double-max", Table(Grid, (n, d) => $"{double.Parse(Loss(n, d), CultureInfo.InvariantCulture) * 1e300:R}"), "give ln(perplexity) as the loss column"),
            ("losses-near-double-min", Table(Grid, (n, d) => $"{double.Parse(Loss(n, d), CultureInfo.InvariantCulture) * 1e-300:R}"), "8 of 8 rows have a loss below 1e-6 (row 8: 2.765e-300)"),
            ("one-loss-of-a-billionth", Table(Grid, (n, d) => n == 8e8 && d == 2e9 ? "1e-9" : Loss(n, d)), "1 of 8 rows has a loss below 1e-6 (row 7: 1e-9)"),
            ("tokens-in-billions-without-unit", "params,tokens,loss\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D / 1e9:R},{Loss(g.N, g.D)}\n")), "8 rows have tokens below 1,000 (row 1: 2)"),
            ("params-in-millions-without-unit", "params,tokens,loss\n" + string.Concat(Grid.Select(g => $"{g.N / 1e6:R},{g.D:R},{Loss(g.N, g.D)}\n")), "8 rows have params below 1,000 (row 1: 100)"),
            ("tokens-in-millions-without-unit", "params,tokens,loss\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D / 1e6:R},{Loss(g.N, g.D)}\n")),
                "every one of the 8 rows has tokens below 10,000 (the largest, row 2: 8000), fewer than any sweep of language models: the column looks written in millions or thousands without the unit; give the unit in its header (e.g. 'tokens (M)'"),
            ("params-in-millions-of-billion-sized-models", "params,tokens,loss\n" + string.Concat(Grid.Select(g => $"{g.N * 10 / 1e6:R},{g.D:R},{Loss(g.N * 10, g.D)}\n")),
                "every one of the 8 rows has params below 10,000 (the largest, row 7: 8000)"),
            ("params-and-tokens-swapped", "params,tokens,loss\n" + string.Concat(Grid.Select(g => $"{g.D:R},{g.N:R},{Loss(g.N, g.D)}\n")),
                "every one of the 8 rows has fewer tokens than params (at most 0.4 per parameter, row 7: 2B params, 800M tokens), where a sweep trains each model on more tokens than it has parameters: the params and tokens columns look swapped"),
            ("flops-in-gigaflops", "params,tokens,flops,loss\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},{6 * g.N * g.D / 1e9:R},{Loss(g.N, g.D)}\n")),
                "the flops column is 1e-9 × 6ND at the median of the 8 rows"),
            ("flops-a-thousand-times-6ND", "params,tokens,flops,loss\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},{6000 * g.N * g.D:R},{Loss(g.N, g.D)}\n")),
                "the flops column is 1000 × 6ND at the median of the 8 rows (row 5: 4.8e21 for 400M params and 2B tokens), where counted FLOPs are within a factor of 10 of 6ND: it looks in another unit"),
            ("accuracy-under-a-loss-header", Table(Grid, (n, d) => $"{1 - double.Parse(Loss(n, d), CultureInfo.InvariantCulture) / 5:R}"),
                "the loss rises with scale in 22 of 22 pairs of rows where one has at least the other's params and tokens (row 8: 0.4471 against row 1: 0.3028), as no loss does: the column looks like a score or accuracy"),
            ("some-params-without-unit", "params,tokens,loss\n" + string.Concat(Grid.Select((g, i) => $"{(i < 2 ? $"{g.N / 1e6:R}" : $"{g.N:R}")},{g.D:R},{Loss(g.N, g.D)}\n")), "2 rows have params below 1,000"),
            ("vocab-size-lifts-every-loss", "params,tokens,vocab_size,loss\n" + string.Concat(Wide.Select(g => $"{g.N:R},{g.D:R},32000,{Loss(g.N, g.D)}\n"))
                + string.Concat(Wide.Select(g => $"{g.N:R},{g.D:R},256000,{double.Parse(Loss(g.N, g.D), CultureInfo.InvariantCulture) + 2:R}\n")), "2 configurations by vocab_size"),
            ("two-tokenizers-of-eight-runs", "params,tokens,tokenizer,loss\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},gpt2,{Loss(g.N, g.D)}\n"))
                + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},llama,{0.85 * double.Parse(Loss(g.N, g.D), CultureInfo.InvariantCulture):R}\n")), "2 configurations by tokenizer"),
        };
        foreach (var (name, content, warns) in warned)
            yield return HostileCase.Warned($"careless {name}", warns, "fit", save($"{name}.csv", content));
        // Units in the header, read in that unit with a note (a sparse start grid: only the reading is under test).
        var units = new (string Name, string Content, string Warns)[]
        {
            ("units-in-brackets", "params (M),tokens (B),loss\n" + string.Concat(Grid.Select(g => $"{g.N / 1e6:R},{g.D / 1e9:R},{Loss(g.N, g.D)}\n")), "read column 'tokens (B)' as tokens in units of 1e9 (each value × 1e9)"),
            ("units-in-square-brackets", "params [M],tokens [B],loss [nats]\n" + string.Concat(Grid.Select(g => $"{g.N / 1e6:R},{g.D / 1e9:R},{Loss(g.N, g.D)}\n")), "read column 'params [M]' as params in units of 1e6"),
            ("field-names-in-brackets", "N (params),D (tokens),loss\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},{Loss(g.N, g.D)}\n")), "read column 'D (tokens)' as tokens"),
            ("loss-in-bits", "params,tokens,loss (bits)\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},{double.Parse(Loss(g.N, g.D), CultureInfo.InvariantCulture) / Math.Log(2):R}\n")), "read column 'loss (bits)' as a loss in bits, turned into nats"),
        };
        foreach (var (name, content, warns) in units)
            yield return HostileCase.Warned($"careless {name}", warns, "fit", save($"{name}.csv", content), "--start-stride", "20");
        var strict = save("pasted-strict.csv", plain + $"{Grid[0].N:R},{Grid[0].D:R},{Loss(Grid[0].N, Grid[0].D)}\n");
        yield return new HostileCase("careless pasted row under --strict", ["fit", strict, "--strict"], Accepted: true, Warns: "repeats an earlier row exactly", Exit: 3);
        var perplexityJson = save("perplexity-json.csv", Table(Grid, (n, d) => $"{Math.Exp(double.Parse(Loss(n, d), CultureInfo.InvariantCulture)):R}"));
        yield return HostileCase.Warned("careless perplexity in --json", "look like perplexities", "fit", perplexityJson, "--json");

        var refused = new (string Name, string Content, string Names, string[] Extra)[]
        {
            ("every-loss-equal", Table(Grid, (_, _) => "3.0"), "every row has the same loss (3)", []),
            ("every-row-identical", "params,tokens,loss\n" + string.Concat(Enumerable.Repeat("1e8,2e9,3.5\n", 8)), "every row has the same params", []),
            ("header-again-in-the-middle", plain + plain, "row 9: this row repeats the header, as where two tables were joined end to end", []),
            ("loss-column-named-perplexity", Table(Grid, Loss).Replace("params,tokens,loss", "params,tokens,perplexity"), "no loss column among the headers", []),
            ("loss-column-named-accuracy", Table(Grid, Loss).Replace("params,tokens,loss", "params,tokens,accuracy"), "no loss column", []),
            ("headers-in-french", Table(Grid, Loss).Replace("params,tokens,loss", "paramètres,jetons,perte"), "'paramètres' looks like 'params' misspelt", []),
            ("headers-in-japanese", Table(Grid, Loss).Replace("params,tokens,loss", "パラメータ,トークン,損失"), "no params column among the headers 'パラメータ'", []),
            ("header-with-emoji", Table(Grid, Loss).Replace("loss\n", "loss 📉\n"), "loss", []),
            ("flops-and-loss-only", "flops,loss\n" + string.Concat(Grid.Select(g => $"{6 * g.N * g.D:R},{Loss(g.N, g.D)}\n")), "no params column", []),
            ("loss-only", "loss\n" + string.Concat(Grid.Select(g => $"{Loss(g.N, g.D)}\n")), "no params column", []),
            ("boolean-loss", Table(Grid, (n, d) => n == 1e8 && d == 2e9 ? "TRUE" : Loss(n, d)), "row 1, column 'loss': 'TRUE' is not a number", []),
            ("negative-tokens", "params,tokens,loss\n" + string.Concat(Grid.Select((g, i) => $"{g.N:R},{(i == 2 ? "-2e9" : $"{g.D:R}")},{Loss(g.N, g.D)}\n")), "row 3, column 'tokens'", []),
            ("nan-tokens", "params,tokens,loss\n" + string.Concat(Grid.Select((g, i) => $"{g.N:R},{(i == 4 ? "NaN" : $"{g.D:R}")},{Loss(g.N, g.D)}\n")), "row 5, column 'tokens'", []),
            ("infinite-params", "params,tokens,loss\n" + string.Concat(Grid.Select((g, i) => $"{(i == 1 ? "+Inf" : $"{g.N:R}")},{g.D:R},{Loss(g.N, g.D)}\n")), "row 2, column 'params'", []),
            ("zero-tokens", "params,tokens,loss\n" + string.Concat(Grid.Select((g, i) => $"{g.N:R},{(i == 0 ? "0" : $"{g.D:R}")},{Loss(g.N, g.D)}\n")), "row 1, column 'tokens'", []),
            ("negative-zero-loss", Table(Grid, (n, d) => n == 8e8 && d == 8e9 ? "-0.0" : Loss(n, d)), "row 8, column 'loss'", []),
            ("constant-column-mapped-as-loss", "params,tokens,loss,vocab\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},{Loss(g.N, g.D)},32000\n")), "every row has the same loss (32000)", ["--map", "loss=vocab"]),
            ("loss-mapped-to-params", plain, "no loss column", ["--map", "params=loss"]),
            ("unit-in-header-and-cells", "params,tokens (B),loss\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D / 1e9:R}B,{Loss(g.N, g.D)}\n")), "row 1, column 'tokens (B)': '2B' is not a plain number, and the header 'tokens (B)' already gives the unit", []),
            ("unknown-unit-in-header", "params,tokens (x),loss\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},{Loss(g.N, g.D)}\n")), "no tokens or flops column among the headers", []),
            ("units-in-a-separate-row", "params,tokens,loss\nB,B,nats\n" + plain["params,tokens,loss\n".Length..], "row 1, column 'params': 'B' is not a number", []),
        };
        foreach (var (name, content, names, extra) in refused)
            yield return HostileCase.Refused($"careless {name}", names, ["fit", save($"{name}.csv", content), .. extra]);

        var read = new (string Name, string Content)[]
        {
            ("upper-case-headers", Table(Grid, Loss).Replace("params,tokens,loss", "Params,Tokens,Loss")),
            ("spaces-around-headers", Table(Grid, Loss).Replace("params,tokens,loss", " params , tokens , loss ")),
            ("suffixes-and-exponents-mixed", "params,tokens,loss\n" + string.Concat(Grid.Select((g, i) => $"{(i % 2 == 0 ? $"{g.N / 1e6:R}M" : $"{g.N:R}")},{g.D:R},{Loss(g.N, g.D)}\n"))),
            ("seeds-with-equal-losses", "params,tokens,seed,loss\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},1,{Loss(g.N, g.D)}\n")) + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},2,{Loss(g.N, g.D)}\n"))),
            ("model-names-in-chinese", "model,params,tokens,loss\n" + string.Concat(Grid.Select((g, i) => $"模型{i},{g.N:R},{g.D:R},{Loss(g.N, g.D)}\n"))),
            ("tokens-in-millions-with-the-unit-in-the-header", "params,tokens (M),loss\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D / 1e6:R},{Loss(g.N, g.D)}\n"))),
            ("flops-counted-with-attention", "params,tokens,flops,loss\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},{7.5 * g.N * g.D:R},{Loss(g.N, g.D)}\n"))),
            ("sizes-beyond-any-model", "params,tokens,loss\n" + string.Concat(Grid.Select(g => $"{g.N * 1e280:R},{g.D:R},{Loss(g.N, g.D)}\n"))),
            // An invisible character is no part of a header's name (before 2026-12-07 'params\u200b' was refused as misspelt).
            ("header-with-zero-width-space", Table(Grid, Loss).Replace("params,", "params\u200b,")),
        };
        foreach (var (name, content) in read)
            yield return HostileCase.Lenient($"careless {name}", "fit", save($"{name}.csv", content));
    }

    // Row selections that keep nothing or name what is not there, and settings at values that mean nothing.
    private static IEnumerable<HostileCase> Options(string runs)
    {
        var fits = new (string Name, string Names, string[] Extra)[]
        {
            ("--where filters that exclude each other", "--where tokens<5B: none of the 4 rows", ["--where", "tokens>=5B", "--where", "tokens<5B"]),
            ("--family without a family column", "has no family column", ["--family", "nope"]),
            ("--exclude-model every model", "leaves no rows", ["--exclude-model", "m0", "--exclude-model", "m1", "--exclude-model", "m2", "--exclude-model", "m3",
                "--exclude-model", "m4", "--exclude-model", "m5", "--exclude-model", "m6", "--exclude-model", "m7"]),
            ("--exclude-model absent", "--exclude-model nope: no such model", ["--exclude-model", "nope"]),
            ("--min-tokens beyond every run", "no rows to fit", ["--min-tokens", "1e30"]),
            ("--drop-highest-loss all but one", "1 row cannot determine 5 free parameters", ["--drop-highest-loss", "7"]),
            ("--delta NaN", "--delta NaN", ["--delta", "NaN"]),
            ("--delta Infinity", "--delta Infinity", ["--delta", "Infinity"]),
            ("--max-iterations a trillion", "--max-iterations", ["--max-iterations", "1000000000000"]),
            ("--max-iterations -1", "--max-iterations -1", ["--max-iterations", "-1"]),
            ("--start-stride 0", "--start-stride 0", ["--start-stride", "0"]),
            ("--fix NaN", "--fix alpha=NaN", ["--fix", "alpha=NaN"]),
            ("--fix an exponent past a double", "--fix alpha: alpha = 1e308 is outside the law's domain", ["--fix", "alpha=1e308"]),
            ("--fix an exponent of 50", "an exponent must be between 0 and 10", ["--fix", "beta=50"]),
            ("--bound reversed", "--bound alpha=1:0", ["--bound", "alpha=1:0"]),
            ("--bound past a double", "'1e400' is not a quantity", ["--bound", "alpha=0:1e400"]),
            ("--tie to itself", "cannot be tied to itself", ["--tie", "E=E"]),
            ("--seed past a long", "--seed", ["--bootstrap", "3", "--seed", "99999999999999999999"]),
            ("--fix another law's parameter", "unknown parameter 'alpha' for the kaplan law", ["--law", "kaplan", "--fix", "alpha=0.1"]),
            ("--map one field twice", "--map gives params twice", ["--map", "params=params", "--map", "params=tokens"]),
            ("--delimiter not the file's", "use --delimiter ','", ["--delimiter", ";"]),
            ("--format parquet on a CSV", "not a readable Parquet file", ["--format", "parquet"]),
            ("--format jsonl on a CSV", "not valid JSON", ["--format", "jsonl"]),
            ("--at-step on a table", "--at-step 5", ["--at-step", "5"]),
        };
        foreach (var (name, names, extra) in fits)
            yield return HostileCase.Refused($"careless {name}", names, ["fit", runs, .. extra]);
        // One --where each: a value or column not there, an operator reversed, a number past a double, nothing, another script.
        (string Filter, string Names)[] filters =
        [
            ("vocab=1", "--where vocab=1: none of the 8 rows"), ("nosuch=1", "has no column 'nosuch'"), ("params=>1B", "--where params=>1B"),
            ("params>1e400", "'1e400' is not a number"), ("", "--where : no comparison"), ("語彙=1", "has no column '語彙'"),
        ];
        foreach (var (filter, names) in filters)
            yield return HostileCase.Refused($"careless --where '{filter}'", names, "fit", runs, "--where", filter);
        yield return HostileCase.Refused("careless predict lists of different lengths", "--params has 2 values but another option has 3",
            "predict", "--law-spec", Law, "--params", "7B,13B", "--tokens", "2e10,1T,2T");
        yield return HostileCase.Refused("careless optimal target below E", "at or below the irreducible loss", "optimal", "--law-spec", Law, "--flops", "1e22", "--target-loss", "1.0");
        yield return HostileCase.Refused("careless optimal negative target", "--target-loss -1: at or below the irreducible loss E = 1.69", "optimal", "--law-spec", Law, "--flops", "1e22", "--target-loss", "-1");
        yield return HostileCase.Refused("careless optimal target loss of a billion", "--target-loss 1e9: the law reaches it with N* = 1.65e-18 parameters",
            "optimal", "--law-spec", Law, "--target-loss", "1e9");
        yield return HostileCase.Refused("careless predict --params below one", "--params 0.5: less than one, which no count is; if it is in millions or billions, write the unit (e.g. 0.5B or 0.5M)",
            "predict", "--law-spec", Law, "--params", "0.5", "--tokens", "2e10");
        yield return HostileCase.Refused("careless predict --tokens below one", "--tokens 0.002: less than one", "predict", "--law-spec", Law, "--params", "7B", "--tokens", "1T,0.002");
        yield return HostileCase.Refused("careless predict --flops below one", "--flops 1e-3: less than one", "predict", "--law-spec", Law, "--params", "7B", "--flops", "1e-3");
        yield return HostileCase.Warned("careless predict --params without unit", "warning: --params 7 is below 1,000, fewer than any training run",
            "predict", "--law-spec", Law, "--params", "7", "--tokens", "2e10");
        yield return HostileCase.Warned("careless predict --tokens without unit in --json", "warning: --tokens 1.4 is below 1,000",
            "predict", "--law-spec", Law, "--params", "70B", "--tokens", "1.4", "--json");
        yield return HostileCase.Refused("careless predict --params of a space", "--params ' ': no value; give one or more, separated by commas or spaces, or leave the option out",
            "predict", "--law-spec", Law, "--params", " ", "--tokens", "2e10");
        yield return HostileCase.Refused("careless predict --tokens of commas only", "--tokens ',,': no value", "predict", "--law-spec", Law, "--params", "7B", "--tokens", ",,");
        yield return HostileCase.Lenient("careless predict list with a trailing comma", "predict", "--law-spec", Law, "--params", "7B,", "--tokens", "2e10");
    }

    // Law files edited by hand.
    private static IEnumerable<HostileCase> LawFiles(string folder)
    {
        var parameters = new JsonObject { ["E"] = 1.69, ["A"] = 406.4, ["B"] = 410.7, ["alpha"] = 0.34, ["beta"] = 0.28 };
        string Document(string law, JsonNode? @params, string? extra = null) =>
            $"{{\"law\": {law}, \"params\": {@params?.ToJsonString() ?? "null"}{extra}}}";
        var refused = new (string Name, string Content, string Names)[]
        {
            ("space-in-a-parameter-name", "{\"law\": \"chinchilla\", \"params\": {\" E\": 1.69, \"A\": 406.4, \"B\": 410.7, \"alpha\": 0.34, \"beta\": 0.28}}", "unknown parameter ' E'"),
            ("no-parameters", Document("\"chinchilla\"", new JsonObject()), "needs parameter 'E'"),
            ("exponent-past-a-double", Document("\"chinchilla\"", parameters.DeepClone()).Replace("0.34", "1e308"), "alpha = 1e308"),
            ("constant-past-a-double", Document("\"chinchilla\"", parameters.DeepClone()).Replace("1.69", "1e999"), "outside the law's domain"),
            ("nan-literal", Document("\"chinchilla\"", parameters.DeepClone()).Replace("1.69", "NaN"), "not valid JSON"),
            ("another-laws-names", Document("\"kaplan\"", parameters.DeepClone()), "unknown parameter 'E' for the kaplan law"),
            ("law-as-number", Document("5", parameters.DeepClone()), "'law' is the number 5 at line 1, which is not the kind of value it takes"),
            ("params-as-text", Document("\"chinchilla\"", JsonValue.Create("E=1.69")), "'params' is the text \"E=1.69\" at line 1, where an object belongs"),
            ("ten-thousand-parameters", Document("\"chinchilla\"", parameters.DeepClone()).Replace("\"beta\":0.28", "\"beta\":0.28" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $",\"k{i}\":1"))), "unknown parameter 'k0'"),
            ("nested-a-hundred-thousand-deep", new string('[', 100_000) + new string(']', 100_000), "not valid JSON"),
            ("a-csv-named-json", "params,tokens,loss\n1e8,2e9,3.5\n", "not a law file: the file is a table (its first line is 'params,tokens,loss'), not JSON"),
            ("parameter-set-to-null", Document("\"chinchilla\"", parameters.DeepClone()).Replace("1.69", "null"), "law-parameter-set-to-null.json: E is null, not a number; give it the fitted value"),
            ("exponent-set-to-null", Document("\"chinchilla\"", parameters.DeepClone()).Replace("0.34", "null"), "alpha is null, not a number"),
            ("misspelt-law-with-spaces", Document("\" chinchila \"", parameters.DeepClone()), "unknown law 'chinchila'"),
        };
        foreach (var (name, content, names) in refused)
        {
            var path = SaveBytes(folder, $"law-{name}.json", Encoding.UTF8.GetBytes(content));
            yield return HostileCase.Refused($"careless law file {name}", names, "predict", "--law-file", path, "--params", "1e9", "--tokens", "2e10");
        }
        var read = new (string Name, byte[] Content)[]
        {
            ("law-name-with-spaces", Encoding.UTF8.GetBytes(Document("\" chinchilla \"", parameters.DeepClone()))),
            ("status-with-a-trailing-space", Encoding.UTF8.GetBytes(Document("\"chinchilla\"", parameters.DeepClone(), ", \"status\": \"converged \""))),
            ("saved-as-utf16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Document("\"chinchilla\"", parameters.DeepClone()))).ToArray()),
            ("five-megabyte-note", Encoding.UTF8.GetBytes(Document("\"chinchilla\"", parameters.DeepClone(), $", \"notes\": [\"{new string('x', 5_000_000)}\"]"))),
        };
        foreach (var (name, content) in read)
            yield return HostileCase.Lenient($"careless law file {name}", "predict", "--law-file", SaveBytes(folder, $"law-{name}.json", content), "--params", "1e9", "--tokens", "2e10");
    }

    // Loss curves: perplexities under a loss header and losses in another scale, read with the fix; a resumed run's steps
    // logged twice, read with the later logging; a law compare cannot fit, with advice in compare's own options.
    private static IEnumerable<HostileCase> Curves(string folder)
    {
        static string Points(IEnumerable<int> steps, Func<int, double> loss) => string.Concat(steps.Select(s => $"{s},{loss(s).ToString("R", CultureInfo.InvariantCulture)}\n"));
        var resumed = SaveBytes(folder, "curve-resumed.csv", Encoding.UTF8.GetBytes(
            "step,loss\n" + Points(Enumerable.Range(1, 8).Select(i => i * 100), s => 2 + 5 * Math.Pow(s, -0.3)) + Points(Enumerable.Range(5, 6).Select(i => i * 100), s => 2.01 + 5 * Math.Pow(s, -0.3))));
        yield return HostileCase.Warned("careless curve with steps logged twice", "run 'curve-resumed' logs step 500 again at row 9 (first at row 5)", "curve", "fit", resumed, "--law", "power");
        var scaled = SaveBytes(folder, "curve-scaled.csv", Encoding.UTF8.GetBytes("step,loss\n" + Points(Enumerable.Range(1, 10).Select(i => i * 100), s => 1e-300 * (2 + 5 * Math.Pow(s, -0.3)))));
        yield return HostileCase.Warned("careless curve of losses near the smallest double", "10 of 10 points of run 'curve-scaled' have a loss below 1e-6", "curve", "fit", scaled, "--law", "power");
        var plain = SaveBytes(folder, "curve-no-lr.csv", Encoding.UTF8.GetBytes("step,loss\n" + Points(Enumerable.Range(1, 10).Select(i => i * 100), s => 2 + 5 * Math.Pow(s, -0.3))));
        yield return HostileCase.Warned("careless curve compare without lr, advice in compare's options", "add one (learning rate per logged step), or use scaling curve fit's --law power",
            "curve", "compare", plain, "--fit-fraction", "0.5");
        var subnormal = SaveBytes(folder, "curve-subnormal-lr.csv", Encoding.UTF8.GetBytes("step,lr,loss\n" + string.Concat(Enumerable.Range(1, 10).Select(i => $"{i * 100},1e-320,{(2 + 5 * Math.Pow(i * 100, -0.3)).ToString("R", CultureInfo.InvariantCulture)}\n"))));
        yield return HostileCase.Refused("careless curve with a subnormal learning rate",
            "curve-subnormal-lr.csv, row 1, column 'lr': the learning rate of run 'curve-subnormal-lr' is '1e-320', below the smallest normal number 2.2e-308", "curve", "fit", subnormal, "--law", "tissue");
        yield return HostileCase.Refused("careless curve with a subnormal learning rate, multipower", "is '1e-320', below the smallest normal number", "curve", "fit", subnormal, "--law", "multipower");
        yield return HostileCase.Refused("careless curve fit --fix a negative exponent", "--fix alpha: alpha = -200 is outside the law's domain; an exponent must be between 0 and 10",
            "curve", "fit", plain, "--law", "power", "--fix", "alpha=-200");
        yield return HostileCase.Refused("careless curve predict --fix an exponent of 11", "--fix alpha: alpha = 11 is outside the law's domain",
            "curve", "predict", plain, "--law", "power", "--fit-fraction", "0.5", "--fix", "alpha=11");
        var curve = SaveBytes(folder, "curve-perplexities.csv", Encoding.UTF8.GetBytes(
            "step,loss\n" + string.Concat(Enumerable.Range(1, 10).Select(i => $"{i * 100},{Math.Exp(2 + 5 * Math.Pow(i * 100, -0.3)):R}\n"))));
        yield return HostileCase.Warned("careless curve of perplexities", "10 of 10 points of run 'curve-perplexities' have a loss above 12.5", "curve", "fit", curve, "--law", "power");
        yield return HostileCase.Warned("careless curve of perplexities, the fix", "give --map loss=perplexity, which reads ln(perplexity)", "curve", "fit", curve, "--law", "power");
    }

    // A fit cut short by --max-iterations asked to save itself: exit 4, a warning, and no file (an existing one kept as it was);
    // a curve fit with no result asked to save itself: refused, and no file either.
    private static IEnumerable<HostileCase> CutShort(string folder)
    {
        string[] fit = ["fit", ScalingProcess.Chinchilla, "--max-iterations", "5"];
        yield return HostileCase.Unusable("careless fit cut short --out", "not written: the fit is not usable", [.. fit, "--out", Path.Combine(folder, "cut-short.json")]);
        yield return HostileCase.Unusable("careless fit cut short --out --json", "not written", [.. fit, "--out", Path.Combine(folder, "cut-short-json.json"), "--json"]);
        var existing = SaveBytes(folder, "cut-short-existing.json", Encoding.UTF8.GetBytes("keep me"));
        yield return HostileCase.Unusable("careless fit cut short --out over a file, forced", "not written", [.. fit, "--out", existing, "--force"]);
        // A curve fit with no result (Tissue's C held at 1e300 drives every start's prediction below 0): refused, and no law file.
        var decay = SaveBytes(folder, "curve-decay.csv", Encoding.UTF8.GetBytes(
            "step,lr,loss\n" + string.Concat(Enumerable.Range(1, 10).Select(i => i * 100).Select(t => $"{t},{(3e-4 * (1 - t / 1100.0)).ToString("R", CultureInfo.InvariantCulture)},{(2 + 5 * Math.Pow(t, -0.3)).ToString("R", CultureInfo.InvariantCulture)}\n"))));
        string[] curve = ["curve", "fit", decay, "--law", "tissue", "--fix", "C=1e300"];
        yield return HostileCase.Refused("careless curve fit from no start --out", "the tissue fit converged from none of 81 starts", [.. curve, "--out", Path.Combine(folder, "curve-no-start.json")]);
        var kept = SaveBytes(folder, "curve-no-start-existing.json", Encoding.UTF8.GetBytes("keep me"));
        yield return HostileCase.Refused("careless curve fit from no start --out over a file, forced", "converged from none", [.. curve, "--out", kept, "--force"]);
    }

    private static string SaveBytes(string folder, string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static string Loss(double n, double d) => Math.Round(1.69 + 406.4 / Math.Pow(n, 0.34) + 410.7 / Math.Pow(d, 0.28), 5).ToString("R", CultureInfo.InvariantCulture);

    private static string Table(IEnumerable<(double N, double D)> rows, Func<double, double, string> loss) =>
        "params,tokens,loss\n" + string.Concat(rows.Select(g => $"{g.N:R},{g.D:R},{loss(g.N, g.D)}\n"));
}
