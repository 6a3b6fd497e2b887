namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// What a hostile tester tried in round 12: Excel's 'sep=;' first line (read with its delimiter since round 13);
/// shares written as percentages ('62%') named as such, in a table or an option;
/// the same --map pair given twice read as once; comparisons in --where as Python, SQL or a word processor write them ('==' read as '=', the rest named with the
/// comparison meant, where they kept no row or compared with a value '&gt;1e8'); and an estimation study of which no cell
/// was scored, answered with exit 4 and the cut that dropped the rows (before: a table of dashes, or a heatmap of them, exit 0);
/// a learning-rate sweep no bowl fits, named with its file and sizes; a table given where its law file belongs, said to be one.
/// </summary>
internal static class Round12Cases
{
    private const string Grid = "params,tokens,loss\n1e8,2e9,3.9\n2e8,2e9,3.7\n4e8,2e9,3.55\n1e8,8e9,3.6\n2e8,8e9,3.4\n4e8,8e9,3.25\n8e8,8e9,3.15\n8e8,2e9,3.45\n";

    public static IEnumerable<HostileCase> Write(string folder)
    {
        string Save(string name, string content)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, content);
            return path;
        }
        var runs = Save("round12-runs.csv", Grid);
        return [.. SeparatorLines(Save), .. Percentages(Save), .. Comparisons(runs), .. Unscored(folder, runs), .. Sweeps(Save), .. TablesAsLaws(runs, Save)];
    }

    // Excel writes 'sep=;' above the header so that Excel reads the delimiter; every other reader takes it for the header.
    // Before: "the header looks semicolon-separated; use --delimiter ';'", and with it "row 1: 5 fields but the header has 2";
    // in round 12, refused as "a spreadsheet's note of the delimiter; delete that line"; since round 13 read with its delimiter.
    private static IEnumerable<HostileCase> SeparatorLines(Func<string, string, string> save)
    {
        var semicolon = save("round12-excel-sep.csv", "sep=;\r\n" + Grid.Replace(',', ';').Replace("\n", ";;\r\n"));
        yield return HostileCase.Lenient("fit a table under Excel's 'sep=;' line", "fit", semicolon, "--fix", "B=410.7", "--fix", "beta=0.28");
        yield return HostileCase.Lenient("fit --delimiter ';' a table under Excel's 'sep=;' line", "fit", semicolon, "--delimiter", ";", "--fix", "B=410.7", "--fix", "beta=0.28");
        var comma = save("round12-excel-sep-comma.csv", "sep=,\n" + Grid);
        yield return HostileCase.Lenient("fit a table under Excel's 'sep=,' line", "fit", comma, "--fix", "B=410.7", "--fix", "beta=0.28");
    }

    // A spreadsheet formats a share as '62%': before, "is not a number; fix or remove the row", and for a score no more.
    private static IEnumerable<HostileCase> Percentages(Func<string, string, string> save)
    {
        var scores = save("round12-scores-in-percent.csv", "model,params,tokens,loss,piqa,piqa_chance\na,1e8,2e9,3.9,60%,0.5\nb,2e8,2e9,3.7,62%,0.5\nc,4e8,2e9,3.55,64%,0.5\n");
        yield return HostileCase.Refused("downstream fit scores written as percentages", "round12-scores-in-percent.csv, row 1, column 'piqa': '60%' is not a number; it is a percentage; write the fraction it means, 0.6",
            "downstream", "fit", scores, "--task", "piqa");
        var losses = save("round12-loss-in-percent.csv", "params,tokens,loss\n1e8,2e9,39%\n2e8,2e9,37%\n");
        yield return HostileCase.Refused("fit a loss written as a percentage", "round12-loss-in-percent.csv, row 1, column 'loss': '39%' is not a number; it is a percentage", "fit", losses);
        yield return HostileCase.Refused("optimal --mfu 40%", "--mfu 40%: '40%' is not a quantity; it is a percentage; write the fraction it means, 0.4",
            "optimal", "--law", "chinchilla", "--flops", "1e21", "--gpu", "H100", "--mfu", "40%");
    }

    // '=>' was read as '=' with the value '>1e8' (no row passes), '<>' as '<' with the value '>1e8'.
    private static IEnumerable<HostileCase> Comparisons(string runs)
    {
        // Not a comparison, but as often typed twice: the same --map pair (before: "gives loss twice ('loss' and 'loss')").
        yield return HostileCase.Lenient("fit --map the same pair twice", "fit", runs, "--map", "loss=loss", "--map", "loss=loss", "--where", "tokens=8e9", "--fix", "B=410.7", "--fix", "beta=0.28");
        yield return HostileCase.Lenient("fit --where with Python's '=='", "fit", runs, "--where", "tokens==8e9", "--fix", "B=410.7", "--fix", "beta=0.28");
        var written = new (string Where, string Names)[]
        {
            ("params=>1e8", "--where params=>1e8: '=>' is not a comparison here; write >=, e.g. params>=1e8."),
            ("params=<1e9", "--where params=<1e9: '=<' is not a comparison here; write <=, e.g. params<=1e9."),
            ("params<>1e8", "--where params<>1e8: '<>' is not a comparison here; write !=, e.g. params!=1e8."),
            ("params≤1e9", "--where params≤1e9: '≤' is not a comparison here; write <=, e.g. params<=1e9."),
            ("tokens ≥ 2B", "--where tokens ≥ 2B: '≥' is not a comparison here; write >=, e.g. tokens>=2B."),
        };
        foreach (var (where, names) in written)
            yield return HostileCase.Refused($"fit --where {where}", names, "fit", runs, "--where", where);
    }

    // The default cut of 10B tokens drops every row of a small sweep: each cell said "too few rows", and the command exit 0.
    // plot are drew a heatmap of dashes only.
    private static IEnumerable<HostileCase> Unscored(string folder, string runs)
    {
        yield return HostileCase.Unusable("evaluate a sweep the default cut drops whole",
            "warning: no cell of the study was scored (each cell's reason is listed), so nothing measures the law's error; --token-cut 10B drops 8 of the 8 rows (those with at most 10B tokens): give --token-cut 0 to keep them",
            "evaluate", runs);
        yield return HostileCase.Unusable("evaluate --json with no cell scored", "no cell of the study was scored", "evaluate", runs, "--json", "--models", "2");
        yield return HostileCase.Unusable("evaluate --token-cut 0 with too few rows per cell", "nothing measures the law's error; give more model sizes or more checkpoints per run",
            "evaluate", runs, "--token-cut", "0");
        var heatmap = Path.Combine(folder, "round12-are.png");
        yield return HostileCase.Unusable("plot are with no cell scored", $"warning: --out {heatmap} not written: no cell of the study was scored", "plot", "are", runs, "--out", heatmap);
    }

    // A sweep no bowl fits named no file and its sizes in .NET's "1E+08"; "1 runs" for one.
    private static IEnumerable<HostileCase> Sweeps(Func<string, string, string> save)
    {
        var one = save("round12-sweep-one-run.csv", "params,tokens,lr,batch_tokens,loss\n1e8,2e9,3e-4,262144,3.9\n");
        yield return HostileCase.Refused("hparams --sweep of one run", "round12-sweep-one-run.csv: the sweep cell N = 100M, D = 2B has 1 run at 1 learning rate and 1 batch size: a bowl in (ln lr, ln batch) needs at least 3 learning rates and 3 batch sizes",
            "hparams", "--sweep", one, "--params", "7B", "--tokens", "1T");
        var rates = save("round12-sweep-one-batch.csv", "params,tokens,lr,batch_tokens,loss\n1e8,2e9,3e-4,262144,3.9\n1e8,2e9,6e-4,262144,3.8\n1e8,2e9,1e-3,262144,3.85\n");
        yield return HostileCase.Refused("hparams --sweep of one batch size", "round12-sweep-one-batch.csv: the sweep cell N = 100M, D = 2B has 3 runs at 3 learning rates and 1 batch size",
            "hparams", "--sweep", rates, "--params", "7B", "--tokens", "1T");
    }

    // A table given where its law belongs was "not valid JSON at line 1, character 1".
    private static IEnumerable<HostileCase> TablesAsLaws(string runs, Func<string, string, string> save)
    {
        yield return HostileCase.Refused("predict --law-file a table of runs",
            "round12-runs.csv: not a law file: the file is a table (its first line is 'params,tokens,loss'), not JSON; write the law from the table with 'scaling fit DATA --out FIT.json', and give that file.",
            "predict", "--law-file", runs, "--params", "7B", "--tokens", "1T");
        var curve = save("round12-curve.csv", "step,loss\n100,3.2\n200,3.0\n400,2.9\n800,2.8\n");
        yield return HostileCase.Refused("curve predict --law-file the curve itself", "round12-curve.csv: not a curve-law file: the file is a table (its first line is 'step,loss'), not JSON; write the law from the table with 'scaling curve fit FILE --out LAW.json'",
            "curve", "predict", curve, "--law-file", curve);
        yield return HostileCase.Refused("downstream predict --law-file a table", "round12-runs.csv: not an accuracy-law file: the file is a table", "downstream", "predict", "--law-file", runs, "--loss", "2.5");
    }
}
