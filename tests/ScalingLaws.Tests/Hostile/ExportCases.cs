using System.Globalization;
using System.Text;

namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// What spreadsheets, scripts and shells make of a user's own runs: tables joined with their headers, a delimiter ending
/// every row, digits grouped by
/// no-break spaces, zero-width characters in a header, a last row without a line break that is whole or cut inside a
/// fixed-format number, sizes whose C = 6ND overflows, a spreadsheet's error value, a tracker's metric names, a loss spike, JSON Lines with Python's NaN or pretty-printed; and command lines with
/// thousands separators or a decimal comma in a list of counts, an option the command lacks after a list, or sizes so far
/// out that hparams or flops would print numbers no run has (a learning rate of 6e87, FLOPs of Infinity).
/// </summary>
internal static class ExportCases
{
    private const string Law = "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28";

    // 15 runs on a Chinchilla law, losses as Python writes them (shortest round trip at 4 decimals: no padding zeros).
    private static readonly (double N, double D, double L)[] Runs =
        [.. from n in new[] { 1e8, 2e8, 4e8, 8e8, 1.6e9 } from d in new[] { 2e9, 8e9, 3.2e10 }
            select (n, d, Math.Round(1.69 + 406.4 / Math.Pow(n, 0.34) + 410.7 / Math.Pow(d, 0.28), 4))];

    public static IEnumerable<HostileCase> Write(string folder) => [.. Tables(folder), .. CommandLines()];

    private static IEnumerable<HostileCase> Tables(string folder)
    {
        var rows = string.Concat(Runs.Select(r => $"{F(r.N)},{F(r.D)},{F(r.L)}\n"));
        const string header = "params,tokens,loss\n";
        var joined = Save(folder, "joined.csv", header + rows + header + rows);
        yield return HostileCase.Refused("tables joined with their headers", $"{joined}, row 16: this row repeats the header", "fit", joined);
        var curve = Save(folder, "curve-joined.csv", "step,loss\n100,3.5\n200,3.3\nstep,loss\n300,3.2\n400,3.1\n");
        yield return HostileCase.Refused("curves joined with their headers", $"{curve}, row 3: this row repeats the header", "curve", "fit", curve, "--law", "power");
        var grouped = Save(folder, "nbsp-grouped.csv", header + string.Concat(Runs.Select(r => $"{((long)r.N).ToString("N0", CultureInfo.InvariantCulture).Replace(',', '\u00a0')},{F(r.D)},{F(r.L)}\n")));
        yield return HostileCase.Refused("digits grouped by no-break spaces", "its digits are grouped by spaces, apostrophes or underscores; write it without them, 100000000", "fit", grouped);
        var trailing = Save(folder, "trailing-delimiter.csv", header + rows.Replace("\n", ",\n"));
        yield return HostileCase.Lenient("a delimiter ending every row but the header", "fit", trailing);
        var invisible = Save(folder, "zero-width-header.csv", "\u200bparams,tokens\u200d,loss\n" + rows);
        yield return HostileCase.Lenient("zero-width characters in the header", "fit", invisible);
        var whole = Save(folder, "short-last-loss.csv", header + rows + "3.2e9,3.2e10,2.5");
        yield return HostileCase.Lenient("a whole last loss with fewer digits and no final line break", "fit", whole);
        var padded = Save(folder, "padded-cut.csv", header + string.Concat(Runs.Select(r => $"{F(r.N)},{F(r.D)},{r.L.ToString("F6", CultureInfo.InvariantCulture)}\n")) + "3.2e9,3.2e10,2.5");
        yield return HostileCase.Refused("a fixed-format last loss cut short", $"{padded}, row 16: the file does not end with a line break and its last row ends in 'loss' '2.5', which looks cut", "fit", padded);
        var overflow = Save(folder, "overflow-6nd.csv", header + rows + "1e305,2e9,3.0\n");
        yield return HostileCase.Refused("sizes whose 6ND overflows", $"{overflow}, row 16, column 'params': params 1e305 and tokens 2e9 make a compute C = 6ND beyond", "fit", overflow);
        yield return HostileCase.Refused("report of sizes whose 6ND overflows", $"{overflow}, row 16", "report", overflow, "--out", Path.Combine(folder, "overflow.html"));
        var failed = Save(folder, "spreadsheet-error.csv", header + rows + "3.2e9,3.2e10,#DIV/0!\n");
        yield return HostileCase.Refused("a spreadsheet's error value", $"{failed}, row 16, column 'loss': '#DIV/0!' is not a number; it is a spreadsheet's error value", "fit", failed);
        var metrics = Save(folder, "tracker-metrics.csv", "params,tokens,eval/loss\n" + rows);
        yield return HostileCase.Lenient("a tracker's metric name for the loss", "fit", metrics);
        var both = Save(folder, "tracker-both-losses.csv", "params,tokens,train/loss,eval/loss\n" + string.Concat(Runs.Select(r => $"{F(r.N)},{F(r.D)},{F(r.L)},{F(r.L + 0.05)}\n")));
        yield return HostileCase.Refused("a tracker's train and eval losses", $"{both}: columns 'train/loss', 'eval/loss' could each be loss; pick one with --map loss=COLUMN", "fit", both);
        var spike = Save(folder, "loss-spike.csv", header + rows + "3.2e9,3.2e10,1e6\n");
        yield return HostileCase.Warned("a loss spike among real losses", "1 of 16 rows has a loss above 12.5 (row 16: 1000000), more than ln 256,000 = 12.45 nats, what a uniform guess over the largest vocabularies scores: among rows below it, they look like a loss spike", "fit", spike);
        var curveSpike = Save(folder, "curve-spike.csv", "step,loss\n" + string.Concat(Enumerable.Range(1, 20).Select(i => $"{i * 100},{(i == 10 ? "1e6" : F(Math.Round(2 + 5 * Math.Pow(i * 100, -0.3), 5)))}\n")));
        yield return HostileCase.Warned("a loss spike in a curve", "1 of 20 points of run 'curve-spike' have a loss above 12.5 (step 1000: 1E+06), more than ln 256,000 = 12.45 nats: among points below it, they look like a loss spike", "curve", "fit", curveSpike, "--law", "power");
        var nan = Save(folder, "python-nan.jsonl", string.Concat(Runs.Select((r, i) => $"{{\"params\": {F(r.N)}, \"tokens\": {F(r.D)}, \"loss\": {(i == 3 ? "NaN" : F(r.L))}}}\n")));
        yield return HostileCase.Refused("json lines with Python's NaN", $"{nan}, row 4: line 4 has NaN, which JSON has no value for", "fit", nan);
        var pretty = Save(folder, "pretty.jsonl", string.Concat(Runs.Select(r => $"{{\n  \"params\": {F(r.N)},\n  \"tokens\": {F(r.D)},\n  \"loss\": {F(r.L)}\n}}\n")));
        yield return HostileCase.Refused("pretty-printed json lines", $"{pretty}, row 1: line 1 is a lone '{{': the file holds JSON written over several lines", "fit", pretty);
    }

    private static IEnumerable<HostileCase> CommandLines()
    {
        string[] predict = ["predict", "--law-spec", Law];
        yield return HostileCase.Refused("predict --tokens with thousands separators", "--tokens 1,400,000,000,000: commas separate values here, so this reads as 1, 400, 000, 000 and 000", [.. predict, "--params", "7B", "--tokens", "1,400,000,000,000"]);
        yield return HostileCase.Refused("predict --tokens 1,500 (two counts or one?)", "--tokens 1,500: commas separate values here", [.. predict, "--params", "7B", "--tokens", "1,500"]);
        yield return HostileCase.Refused("predict --params with a decimal comma", "--params 1,5B: commas separate values here, so this reads as 1 and 5B; a decimal comma is not read: for one number write a decimal point (1.5B)", [.. predict, "--params", "1,5B", "--tokens", "1T"]);
        yield return HostileCase.Refused("plan run --flops with thousands separators", "--flops 1,000", "plan", "run", "--law-spec", Law, "--flops", "1,000");
        yield return HostileCase.Refused("optimal --dollars with thousands separators", "--dollars 1,000,000", "optimal", "--law-spec", Law, "--dollars", "1,000,000", "--gpu", "H100", "--mfu", "0.4", "--price", "2");
        yield return HostileCase.Refused("predict --out, which predict lacks, after a list", "unknown option '--out'", [.. predict, "--params", "7B", "--tokens", "1T", "--out", "x.json"]);
        yield return HostileCase.Refused("optimal --params list swallowing an unknown option", "unknown option '--budget'", "optimal", "--law-spec", Law, "--params", "7B", "--budget", "1e23");
        yield return HostileCase.Refused("hparams far outside its law's runs", "N = 7B, D = 1e308: step-law gives a learning rate of 6.16e87", "hparams", "--law", "step-law", "--params", "7B", "--tokens", "1e308");
        yield return HostileCase.Refused("hparams for a one-parameter model", "step-law gives a learning rate of 1.79 and a batch of 0.58 tokens, which no run could train with", "hparams", "--law", "step-law", "--params", "1", "--tokens", "1");
        yield return HostileCase.Refused("flops of tokens whose FLOPs overflow", "--tokens 1e308: the training FLOPs (4.2e11 per token) exceed the largest number a double holds",
            "flops", "--layers", "80", "--d-model", "8192", "--heads", "64", "--vocab", "32000", "--context", "2048", "--tokens", "1e308");
        yield return HostileCase.Refused("inference --inference-tokens with thousands separators", "'2,000,000,000,000' is not a quantity; it has thousands separators, which an option does not take; write it without them, 2000000000000",
            "inference", "--law-spec", Law, "--target-loss", "2.2", "--inference-tokens", "2,000,000,000,000");
        yield return HostileCase.Refused("plan run --target-loss with a decimal comma", "--target-loss 2,5: '2,5' is not a quantity; it has a decimal comma; write it with a point, 2.5", "plan", "run", "--law-spec", Law, "--target-loss", "2,5");
        yield return HostileCase.Lenient("predict lists that are plain counts", [.. predict, "--params", "7B,13B", "--tokens", "1T,2T"]);
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Save(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(content));
        return path;
    }
}
