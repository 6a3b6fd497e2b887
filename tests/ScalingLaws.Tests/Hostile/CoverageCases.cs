using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// The commands and options the rest of the corpus reaches least (isoflop, envelope, backtest, inference, hparams, flops,
/// evaluate, findings, plot isoloss, datasets, study summarize): a decimal comma in a list of numbers, law files cut short
/// or with an extrapolation block emptied by hand, law files of one command given to another, numbers no double holds or
/// written with a word processor's minus, options given twice, folders that are files, and tables a spreadsheet saved.
/// </summary>
internal static class CoverageCases
{
    private const string Law = "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28";

    private static readonly string[] Flops = ["flops", "--layers", "80", "--d-model", "8192", "--heads", "64", "--vocab", "32000", "--context", "2048", "--tokens", "1.4T"];

    public static IEnumerable<HostileCase> Write(string folder)
    {
        string Save(string name, string content) => SaveBytes(folder, name, Encoding.UTF8.GetBytes(content));
        var grid = Save("cov-grid.csv", Table(from n in new[] { 1e8, 2e8, 4e8, 8e8 } from d in new[] { 2e9, 8e9 } select (n, d)));
        var iso = Save("cov-iso.csv", Table(from c in new[] { 1e18, 1e19, 1e20 } from k in new[] { 0.25, 0.5, 1, 2, 4 } let n = Math.Sqrt(c / 6) / 5 * k select (n, c / (6 * n))));
        var curve = Save("cov-curve.csv", "step,loss\n" + string.Concat(Enumerable.Range(1, 10).Select(i => $"{i * 100},{F(2 + 5 * Math.Pow(i * 100, -0.3))}\n")));
        return [.. DecimalCommas(folder, grid, iso, curve), .. CutShort(Save, curve), .. LawFiles(Save, curve), .. Numbers(grid, iso), .. Folders(folder, grid),
            .. Shapes(Save, grid), .. Outputs(folder, grid, iso, curve)];
    }

    // "2,5" from a European locale is one number with a decimal comma, never the two values 2 and 5 (before 2026-12-07
    // --target-loss 2,5 answered for the losses 2 and 5); thousands separators stay refused as amounts.
    private static IEnumerable<HostileCase> DecimalCommas(string folder, string grid, string iso, string curve)
    {
        const string Comma = "commas separate values here, so this reads as 2 and 5; a decimal comma is not read: for one number write a decimal point (2.5)";
        yield return HostileCase.Refused("optimal --target-loss with a decimal comma", "--target-loss 2,5: " + Comma + ", and for several give them as separate values (--target-loss 2 5)",
            "optimal", "--law-spec", Law, "--target-loss", "2,5");
        yield return HostileCase.Refused("optimal --target-loss with a decimal comma among others", "--target-loss 2,5: " + Comma, "optimal", "--law-spec", Law, "--target-loss", "2.2", "2,5");
        // Two bare whole numbers are two counts (study run --tokens 8192,16384), each below 1,000 here and named so.
        yield return HostileCase.Warned("predict --params of two bare whole numbers", "warning: --params 2 is below 1,000, fewer than any training run",
            "predict", "--law-spec", Law, "--params", "2,5", "--tokens", "1T");
        yield return HostileCase.Refused("plot isoloss --levels with a decimal comma", "--levels 2,5: " + Comma,
            "plot", "isoloss", grid, "--law-spec", Law, "--levels", "2,5", "--out", Path.Combine(folder, "cov-levels.png"));
        yield return HostileCase.Refused("isoflop --budgets with a decimal comma before an exponent", "--budgets 1,5e19: commas separate values here, so this reads as 1 and 5e19; a decimal comma is not read: for one number write a decimal point (1.5e19)",
            "isoflop", iso, "--budgets", "1,5e19");
        yield return HostileCase.Refused("isoflop --budgets with thousands separators", "--budgets 1,000: commas separate values here, so this reads as 1 and 000", "isoflop", iso, "--budgets", "1,000");
        yield return HostileCase.Refused("evaluate --fit-fraction with a decimal comma", "--fit-fraction 0,5: commas separate values here, so this reads as 0 and 5; a decimal comma is not read: for one number write a decimal point (0.5)",
            "evaluate", grid, "--fit-fraction", "0,5");
        yield return HostileCase.Refused("study run --lr with a decimal comma", "--lr 3,5e-3: commas separate values here", "study", "run", "--params", "50K", "--tokens", "1M", "--lr", "3,5e-3", "--quiet",
            "--out", Path.Combine(folder, "cov-study"));
        yield return HostileCase.Refused("--law-spec with a decimal comma", "'69' is not P=V: commas separate parameters here, so E=1,69 has a decimal comma; write E=1.69",
            "predict", "--law-spec", Law.Replace("1.69", "1,69"), "--params", "7B", "--tokens", "1T");
        yield return HostileCase.Refused("--law-spec with a parameter not P=V", "each parameter must be written P=V, and 'A406.4' is not",
            "predict", "--law-spec", Law.Replace("A=", "A"), "--params", "7B", "--tokens", "1T");
        yield return HostileCase.Refused("--where with a decimal comma", "--where loss<3,5: '3,5' is not a number, so it cannot be compared with <; it has a decimal comma; write it with a point, 3.5",
            "fit", grid, "--where", "loss<3,5");
        // The parser's own reading of a double took a comma for a thousands separator: --price 2,5 was $25 an hour, --mfu 0,4 was 4.
        yield return HostileCase.Refused("optimal --price with a decimal comma", "--price 2,5: '2,5' is not a quantity; it has a decimal comma; write it with a point, 2.5",
            "optimal", "--law-spec", Law, "--flops", "1e21", "--gpu", "H100", "--mfu", "0.4", "--price", "2,5");
        yield return HostileCase.Refused("optimal --mfu with a decimal comma", "--mfu 0,4: '0,4' is not a quantity; it has a decimal comma", "optimal", "--law-spec", Law, "--flops", "1e21", "--gpu", "H100", "--mfu", "0,4");
        yield return HostileCase.Refused("fit --delta with a decimal comma", "--delta 1,5: '1,5' is not a quantity; it has a decimal comma", "fit", grid, "--delta", "1,5");
        yield return HostileCase.Refused("fit --at-step with thousands separators", "--at-step 1,000: '1,000' is not a whole number this option takes; write it in digits, 1000", "fit", grid, "--format", "wandb", "--at-step", "1,000");
        yield return HostileCase.Refused("--min-tokens negative", "--min-tokens -1: give the least tokens a kept row has, 0 or more", "isoflop", iso, "--min-tokens", "-1");
        yield return HostileCase.Refused("--min-tokens with a decimal comma", "--min-tokens 1,5B: '1,5B' is not a quantity; it has a decimal comma; write it with a point, 1.5B", "fit", grid, "--min-tokens", "1,5B");
        yield return HostileCase.Refused("curve fit --fit-fraction with a decimal comma", "--fit-fraction 0,5: '0,5' is not a quantity; it has a decimal comma; write it with a point, 0.5", "curve", "fit", curve, "--law", "power", "--fit-fraction", "0,5");
    }

    // Law files of every kind cut short (the first part of what a fit writes, as a copy or a save that stopped leaves it):
    // said to be cut short, where it stops, and the command that writes it again (before 2026-12-07 only "not valid JSON").
    private static IEnumerable<HostileCase> CutShort(Func<string, string, string> save, string curve)
    {
        var law = Half(save("cov-law-cut-short.json", Indented(LossLaw(Extrapolation("params", "tokens")))));
        yield return HostileCase.Refused("predict a law file cut short", "not a law file as it stands: its JSON stops at line",
            "predict", "--law-file", law, "--params", "1e9", "--tokens", "2e10");
        yield return HostileCase.Refused("optimal a law file cut short, the command that writes it again", "so the file looks cut short (a copy or a save that stopped part way); write it again with 'scaling fit DATA --out FIT.json'",
            "optimal", "--law-file", law, "--flops", "1e21");
        yield return HostileCase.Refused("inference a law file cut short", "cov-law-cut-short.json: not a law file as it stands", "inference", "--law-file", law, "--target-loss", "2.5", "--inference-tokens", "1e12");
        var curveLaw = Half(save("cov-curve-law-cut-short.json", Indented(CurveLaw(Extrapolation("step")))));
        yield return HostileCase.Refused("curve predict a curve law cut short", "not a curve-law file as it stands: its JSON stops at line",
            "curve", "predict", curve, "--law-file", curveLaw);
        var accuracy = Half(save("cov-accuracy-cut-short.json", Indented(AccuracyLaw())));
        yield return HostileCase.Refused("downstream predict an accuracy law cut short", "write it again with 'scaling downstream fit FILE --task NAME --out TASK.json'",
            "downstream", "predict", "--law-file", accuracy, "--loss", "2.5");
        yield return HostileCase.Refused("predict a law file of one brace", "its JSON stops at line 1, character 2, after 1 byte, with an object or list still open", "predict", "--law-file", save("cov-law-brace.json", "{"), "--params", "1e9", "--tokens", "2e10");
        // Wrong JSON that does not stop short is not called cut short.
        foreach (var (name, content) in new[] { ("trailing-comma", LossLaw().ToJsonString()[..^1] + ",}"), ("single-quotes", LossLaw().ToJsonString().Replace('"', '\'')), ("hex-number", LossLaw().ToJsonString().Replace("1.69", "0x10")) })
            yield return HostileCase.Refused($"predict a law file with a {name}", "not a law file (not valid JSON at line 1", "predict", "--law-file", save($"cov-law-{name}.json", content), "--params", "1e9", "--tokens", "2e10");
        var manifest = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(curve)!, "cov-study-cut-short")).FullName;
        File.WriteAllText(Path.Combine(manifest, "study.json"), "{\n  \"version\": 1,\n  \"runs\": [\n");
        yield return HostileCase.Refused("study summarize a manifest cut short", "study.json: not a study manifest (its JSON stops at line 4", "study", "summarize", manifest);
    }

    // Law files edited by hand or of another command: one line, never an internal error.
    private static IEnumerable<HostileCase> LawFiles(Func<string, string, string> save, string curve)
    {
        string[] predict = ["--params", "1e9", "--tokens", "2e10"];
        var emptied = LossLaw();
        emptied["extrapolation"] = new JsonObject();
        yield return HostileCase.Refused("predict a law file whose extrapolation block is emptied", "the extrapolation block has no ranges (the span of the data the law was fitted on, from which its intervals are measured); write the file again with 'scaling fit DATA --out FIT.json', or remove the block",
            ["predict", "--law-file", save("cov-law-extrapolation-emptied.json", emptied.ToJsonString()), .. predict]);
        var nullRanges = LossLaw(Extrapolation("params", "tokens"));
        nullRanges["extrapolation"]!["ranges"] = null;
        yield return HostileCase.Refused("optimal a law file whose ranges are null", "the extrapolation block has no ranges",
            "optimal", "--law-file", save("cov-law-ranges-null.json", nullRanges.ToJsonString()), "--flops", "1e21");
        var curveEmptied = CurveLaw(new JsonObject());
        yield return HostileCase.Refused("curve predict a curve law whose extrapolation block is emptied", "write the file again with 'scaling curve fit FILE --out LAW.json', or remove the block",
            "curve", "predict", curve, "--law-file", save("cov-curve-law-extrapolation-emptied.json", curveEmptied.ToJsonString()));
        var typed = new (string Name, Func<string, string> Edit, string Names)[]
        {
            ("law-in-a-list", s => s.Replace("\"law\":\"chinchilla\"", "\"law\":[\"chinchilla\"]"), "'law' is a JSON array at line 1, which is not the kind of value it takes"),
            ("status-a-number", s => s.Replace("{\"law\"", "{\"status\":3,\"law\""), "'status' is the number 3 at line 1"),
            ("parameter-true", s => s.Replace("1.69", "true"), "'params.E' is true at line 1, where a number belongs"),
            ("extrapolation-a-string", s => s[..^1] + ",\"extrapolation\":\"yes\"}", "'extrapolation' is the text \"yes\" at line 1"),
            ("range-of-words", s => s[..^1] + ",\"extrapolation\":{\"ranges\":{\"params\":[\"a\",\"b\"]}}}", "'extrapolation.ranges.params[0]' is the text \"a\" at line 1, where a number belongs"),
            ("status-twice", s => s.Replace("{\"law\"", "{\"status\":\"converged\",\"status\":\"iteration-limit\",\"law\""), "'status' is given twice"),
        };
        foreach (var (name, edit, names) in typed)
            yield return HostileCase.Refused($"predict a law file with {name}", names, ["predict", "--law-file", save($"cov-law-{name}.json", edit(LossLaw().ToJsonString())), .. predict]);
        yield return HostileCase.Lenient("predict a law file with a key no version writes", ["predict", "--law-file", save("cov-law-unknown-key.json", LossLaw().ToJsonString()[..^1] + ",\"colour\":\"blue\"}"), .. predict]);
        var accuracy = save("cov-accuracy.json", AccuracyLaw().ToJsonString());
        yield return HostileCase.Refused("inference an accuracy law", "'sigmoid' is an accuracy law: give the file to 'scaling downstream predict --law-file'",
            "inference", "--law-file", accuracy, "--target-loss", "2.5", "--inference-tokens", "1e12");
        yield return HostileCase.Refused("plot isoloss an accuracy law", "'sigmoid' is an accuracy law",
            "plot", "isoloss", "--law-file", accuracy, "--out", Path.Combine(Path.GetDirectoryName(accuracy)!, "cov-isoloss.png"));
        var curveLaw = save("cov-curve-law.json", CurveLaw(Extrapolation("step")).ToJsonString());
        yield return HostileCase.Refused("inference a curve law", "its extrapolation block ranges over steps, so it is a loss-curve law",
            "inference", "--law-file", curveLaw, "--target-loss", "2.5", "--inference-tokens", "1e12");
        yield return HostileCase.Refused("downstream predict --law-file-loss a curve law", "curve-law",
            "downstream", "predict", "--law-file", accuracy, "--law-file-loss", curveLaw, "--params", "1B", "--tokens", "20B");
    }

    // Numbers a double does not hold, a word processor's minus, options twice or in conflict, values named by their option.
    private static IEnumerable<HostileCase> Numbers(string grid, string iso)
    {
        yield return HostileCase.Refused("optimal --target-loss nearer zero than a double", "--target-loss 1e-400: '1e-400' is not a quantity; it is nearer zero than the smallest number a double holds",
            "optimal", "--law-spec", Law, "--target-loss", "1e-400");
        yield return HostileCase.Refused("optimal --target-loss with a word processor's minus", "it starts with the minus sign '\u2212' (U+2212) of word processors; write a hyphen-minus, -2",
            "optimal", "--law-spec", Law, "--target-loss", "\u22122");
        yield return HostileCase.Refused("curve synth --noise past a double", "--noise 1e400: '1e400' is not a quantity", "curve", "synth", "--noise", "1e400",
            "--out", Path.Combine(Path.GetDirectoryName(grid)!, "cov-synth.csv"));
        yield return HostileCase.Refused("optimal --target-loss in hexadecimal", "--target-loss 0x10: '0x10' is not a quantity", "optimal", "--law-spec", Law, "--target-loss", "0x10");
        yield return HostileCase.Refused("optimal --target-loss with an underscore", "its digits are grouped by spaces, apostrophes or underscores; write it without them, 1000",
            "optimal", "--law-spec", Law, "--target-loss", "1_000");
        yield return HostileCase.Lenient("optimal --target-loss with spaces around it", "optimal", "--law-spec", Law, "--target-loss", " 5 ");
        yield return HostileCase.Refused("predict sizes six trillion times --flops", "(6 × 7B × 1T = 4.2e22, 4.2e12 times --flops); give two of the three",
            "predict", "--law-spec", Law, "--params", "7B", "--tokens", "1T", "--flops", "1e10");
        yield return HostileCase.Refused("inference --inference-tokens negative", "--inference-tokens -1: a count of tokens served is zero or more",
            "inference", "--law-spec", Law, "--target-loss", "2.5", "--inference-tokens", "-1");
        yield return HostileCase.Refused("isoflop --tolerance negative", "--tolerance -1: a run's distance from its budget is a positive number of dex", "isoflop", iso, "--tolerance", "-1");
        yield return HostileCase.Refused("isoflop --tolerance text", "--tolerance abc: 'abc' is not a quantity", "isoflop", iso, "--tolerance", "abc");
        yield return HostileCase.Refused("isoflop --budget-column absent", "no column 'nope' to take budgets from", "isoflop", iso, "--budget-column", "nope");
        yield return HostileCase.Refused("envelope --points below the least", "--points 5: use from 100 to 1,000,000", "envelope", iso, "--points", "5");
        yield return HostileCase.Refused("backtest --rows without --json", "--rows lists the predictions in the JSON output; add --json", "backtest", grid, "--rows", "--quiet");
        yield return HostileCase.Refused("backtest --cuts zero", "--cuts 0", "backtest", grid, "--cuts", "0", "--quiet");
        yield return HostileCase.Refused("evaluate --models one", "--models 1: give whole numbers of model sizes, at least 2", "evaluate", grid, "--models", "1,5");
        yield return HostileCase.Refused("flops --layers zero, named", "--layers 0: give a positive whole number", [.. Flops.Where((_, i) => i is not (1 or 2)), "--layers", "0"]);
        yield return HostileCase.Refused("flops --heads negative, named", "--heads -8: give a positive whole number", [.. Flops.Where((_, i) => i is not (5 or 6)), "--heads", "-8"]);
        // 65,536 heads of 65,536 and 4 × d_model of a billion pass an int: counted whole (before 2026-12-07 d_attn wrapped to 0, d_ff to a negative width).
        // Since round 17 no more heads, and no wider head, than d_model: the first of a model 8,192 wide is refused, and Round17Cases counts it 1e9 wide.
        yield return HostileCase.Refused("flops of more heads than d_model", "--heads 65536: give from 1 to --d-model (8,192)", [.. Flops.Where((_, i) => i is not (5 or 6)), "--heads", "65536", "--head-size", "65536"]);
        yield return HostileCase.Lenient("flops of a default d_ff past an int", [.. Flops.Where((_, i) => i is not (3 or 4 or 5 or 6)), "--d-model", "1e9", "--heads", "1"]);
        yield return HostileCase.Refused("hparams --sweep of a table with no other column", "a sweep needs a 'lr' column (the peak learning rate); add it; the file has no column besides params, tokens and loss",
            "hparams", "--sweep", grid);
        // An option given only '' or commas was meant to carry values (before 2026-12-07 these read as not given, and
        // optimal --flops 1e21 --target-loss '' answered for the budget alone).
        yield return HostileCase.Refused("optimal --target-loss empty beside --flops", "--target-loss '': no value; give one or more, separated by commas or spaces, or leave the option out",
            "optimal", "--law-spec", Law, "--flops", "1e21", "--target-loss", "");
        yield return HostileCase.Refused("evaluate --fit-fraction of a comma", "--fit-fraction ',': no value", "evaluate", grid, "--fit-fraction", ",");
        yield return HostileCase.Refused("curve fit --fit-runs empty", "--fit-runs '': no value", "curve", "fit", Path.Combine(Path.GetDirectoryName(grid)!, "cov-curve.csv"), "--law", "power", "--fit-runs", "");
        yield return HostileCase.Refused("curve rank --run of commas", "--run ',,': no value", "curve", "rank", Path.Combine(Path.GetDirectoryName(grid)!, "cov-curve.csv"), "--fit-fraction", "0.5", "--run", ",,");
        yield return HostileCase.Refused("hparams --params twice", "--params", "hparams", "--law", "step-law", "--params", "7B", "--params", "13B", "--tokens", "1T");
        yield return HostileCase.Refused("fit --seed twice", "--seed", "fit", grid, "--seed", "1", "--seed", "2");
        yield return HostileCase.Refused("predict --law-file and --law-spec", "give exactly one of --law-file", "predict", "--law-file", grid, "--law-spec", Law, "--params", "7B", "--tokens", "1T");
    }

    // Folders that are files or empty, a mirror that is no web address: refused before anything is read or made.
    private static IEnumerable<HostileCase> Folders(string folder, string grid)
    {
        yield return HostileCase.Refused("fit --data-dir a file", $"--data-dir {grid}: a file, not a folder", "fit", "--dataset", "chinchilla", "--data-dir", grid);
        yield return HostileCase.Refused("fit --data-dir empty", "--data-dir '': no folder named; give the folder holding the datasets, or leave the option out", "fit", "--dataset", "chinchilla", "--data-dir", "");
        yield return HostileCase.Refused("evaluate --data-dir a space", "--data-dir ' ': no folder named", "evaluate", "--dataset", "opt", "--data-dir", " ");
        yield return HostileCase.Refused("datasets get --to a file", "is a file, not a folder; name a folder to download into", "datasets", "get", "chinchilla", "--to", grid);
        var target = Path.Combine(folder, "cov-download");
        yield return HostileCase.Refused("datasets get --mirror not a web address", "--mirror not a url: not an http:// or https:// address", "datasets", "get", "chinchilla", "--mirror", "not a url", "--to", target);
        yield return HostileCase.Refused("datasets get --mirror over ftp", "--mirror ftp://example.org/data: not an http:// or https:// address", "datasets", "get", "chinchilla", "--mirror", "ftp://example.org/data", "--to", target);
        yield return HostileCase.Refused("datasets show an empty name", "unknown dataset ''", "datasets", "show", "");
    }

    // Tables and curves a spreadsheet or a short run leaves.
    private static IEnumerable<HostileCase> Shapes(Func<string, string, string> save, string grid)
    {
        var spreadsheet = SaveBytes(Path.GetDirectoryName(grid)!, "cov-iso-bom-crlf.csv",
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(File.ReadAllText(grid).Replace("\n", ",\r\n"))]);
        yield return HostileCase.Lenient("fit a table with a byte-order mark, CRLF and a trailing delimiter", "fit", spreadsheet);
        var curve = SaveBytes(Path.GetDirectoryName(grid)!, "cov-curve-bom-crlf.csv",
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("step,loss,\r\n" + string.Concat(Enumerable.Range(1, 10).Select(i => $"{i * 100},{F(2 + 5 * Math.Pow(i * 100, -0.3))},\r\n")))]);
        yield return HostileCase.Lenient("curve fit a curve with a byte-order mark, CRLF and a trailing delimiter", "curve", "fit", curve, "--law", "power");
        var header = save("cov-header-only.csv", "params,tokens,loss\n");
        foreach (var command in new[] { "isoflop", "envelope", "backtest", "findings", "evaluate" })
            yield return HostileCase.Refused($"{command} a header only", "the file has a header but no data rows", command, header);
        var one = save("cov-one-run.csv", "params,tokens,loss\n1e8,2e9,3.9\n");
        yield return HostileCase.Refused("isoflop one run", "Approach 2 cannot be applied to this design", "isoflop", one);
        yield return HostileCase.Refused("envelope one run", "no run has 2 or more checkpoints at different compute", "envelope", one);
        yield return HostileCase.Refused("backtest one run", "too few distinct model sizes to backtest", "backtest", one, "--quiet");
        yield return HostileCase.Refused("curve fit one point", "cov-curve-one.csv: 1 fitted point cannot determine the 3 parameters of the power law",
            "curve", "fit", save("cov-curve-one.csv", "step,loss\n100,3.2\n"), "--law", "power");
        // A flat curve, as a table of one loss, is fitted by any law whose decay vanishes (before 2026-12-07: exit 0, alpha = -1e-11).
        yield return HostileCase.Refused("curve fit a flat curve", "cov-curve-flat.csv: every fitted point has the same loss (3), so there is no decay for the power law to fit",
            "curve", "fit", save("cov-curve-flat.csv", "step,loss\n" + string.Concat(Enumerable.Range(1, 10).Select(i => $"{i * 100},3.0\n"))), "--law", "power");
    }

    // Plots and fits pointed at what they read.
    private static IEnumerable<HostileCase> Outputs(string folder, string grid, string iso, string curve)
    {
        var law = SaveBytes(folder, "cov-out-law.json", Encoding.UTF8.GetBytes(LossLaw().ToJsonString()));
        yield return HostileCase.Refused("plot isoloss --out its law file", "which the command reads", "plot", "isoloss", grid, "--law-file", law, "--out", law);
        yield return HostileCase.Refused("report --budget-column absent", "no column 'nope' to take budgets from", "report", iso, "--budget-column", "nope", "--out", Path.Combine(folder, "cov-budget.html"));
        yield return HostileCase.Refused("plot frontier --out its table", "which the command reads", "plot", "frontier", grid, "--law-file", law, "--out", grid);
        yield return HostileCase.Refused("plot isoflop --out its table", "which the command reads", "plot", "isoflop", iso, "--out", iso);
        yield return HostileCase.Refused("plot curve --out its curve", "which the command reads", "plot", "curve", curve, "--law", "power", "--out", curve);
    }

    private static string Half(string path)
    {
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..(text.Length / 2)]);
        return path;
    }

    private static string Indented(JsonObject document) => document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static JsonObject LossLaw(JsonObject? extrapolation = null)
    {
        var law = new JsonObject { ["law"] = "chinchilla", ["params"] = new JsonObject { ["E"] = 1.69, ["A"] = 406.4, ["B"] = 410.7, ["alpha"] = 0.34, ["beta"] = 0.28 } };
        if (extrapolation is not null)
            law["extrapolation"] = extrapolation;
        return law;
    }

    private static JsonObject CurveLaw(JsonObject extrapolation) => new()
    {
        ["version"] = 1, ["law"] = "power", ["params"] = new JsonObject { ["E"] = 2, ["A"] = 5, ["alpha"] = 0.3 }, ["extrapolation"] = extrapolation,
    };

    // The block a fit writes, ranging over <paramref name="inputs"/>.
    private static JsonObject Extrapolation(params string[] inputs) => new()
    {
        ["ranges"] = new JsonObject(inputs.Select(i => KeyValuePair.Create(i, (JsonNode?)new JsonArray(100, 1e4)))),
        ["sigma0"] = 0.01, ["slope"] = 0.01, ["multiplier"] = 2.9, ["source"] = "prior", ["cutPoints"] = 0, ["runs"] = 1,
    };

    private static JsonObject AccuracyLaw() => new()
    {
        ["version"] = 1, ["kind"] = "downstream", ["task"] = "quiz", ["metric"] = "acc", ["chance"] = 0.25, ["law"] = "sigmoid", ["input"] = "loss", ["loss"] = "loss",
        ["params"] = new JsonObject { ["c"] = 0.25, ["u"] = 0.85, ["k"] = 3.0, ["L0"] = 3.0 }, ["scatter"] = 0.01, ["inputRange"] = new JsonArray(2.4, 3.5), ["rows"] = 18,
        ["status"] = "converged", ["predictable"] = true,
    };

    private static string Table(IEnumerable<(double N, double D)> rows) =>
        "params,tokens,loss\n" + string.Concat(rows.Select(r => $"{F(r.N)},{F(r.D)},{F(Math.Round(1.69 + 406.4 / Math.Pow(r.N, 0.34) + 410.7 / Math.Pow(r.D, 0.28), 5))}\n"));

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string SaveBytes(string folder, string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
