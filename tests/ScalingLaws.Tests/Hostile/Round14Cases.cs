namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// What a hostile tester tried in round 14: a law whose constants put its loss beyond any model's at the asked point
/// (B = 1e300 predicted 1.3e297 nats, exit 0), refused naming the constant; and two setups of one grid whose token counts
/// differ in their last digits, which DivergentRepeats compared at exactly one (N, D) only and so never named; and what the
/// probe found: a backtest short of rows said to be short of sizes, W&amp;B panel exports with steps the run did not log,
/// unique tokens below one, allocations beyond any run, and benchmark tables and splits that left nothing to read or fit.
/// </summary>
internal static class Round14Cases
{
    public static IEnumerable<HostileCase> Write(string folder)
    {
        var save = Round13Cases.Saver(folder);
        return [.. AbsurdLaws(save), .. NearPoints(save), .. Probes(save), .. Downstream(save)];
    }

    // optimal, inference and plan run refused B = 1e300 (round 13); predict answered 1.305e297 nats with exit 0.
    private static IEnumerable<HostileCase> AbsurdLaws(Func<string, string, string> save)
    {
        const string Huge = "chinchilla:E=1.69,A=406.4,B=1e300,alpha=0.34,beta=0.28";
        yield return HostileCase.Refused("predict under B = 1e300",
            "--law-spec: B = 1e300 makes the law's loss 1.305e297 at N = 1B, D = 20B, where a loss is a few nats (above 0, never above 1e6); the constants look written wrong",
            "predict", "--law-spec", Huge, "--params", "1e9", "--tokens", "2e10");
        var edited = save("round14-law-b-edited.json", "{\"law\": \"chinchilla\", \"params\": {\"E\": 1.69, \"A\": 406.4, \"B\": 1e10, \"alpha\": 0.34, \"beta\": 0.28}}");
        yield return HostileCase.Refused("predict under a law file whose B was edited to 1e10", $"{edited}: B = 1e10 makes the law's loss 1.305e7 at N = 1B, D = 20B",
            "predict", "--law-file", edited, "--params", "1B", "--tokens", "20B");
        var rows = save("round14-heldout.csv", "params,tokens,loss\n1e9,2e10,2.6\n7e9,1.4e11,2.2\n");
        yield return HostileCase.Refused("predict FILE under a kaplan law with Nc = 1e300", "--law-spec: Nc = 1e300 makes the law's loss",
            "predict", "--law-spec", "kaplan:Nc=1e300,Dc=1.8e13,alphaN=0.076,alphaD=0.103", rows);
        yield return HostileCase.Refused("predict under a pure power law with xc = 1e300", "--law-spec: xc = 1e300 makes the law's loss 1e291 at N = 1B",
            "predict", "--law-spec", "pure-power:xc=1e300,alpha=1", "--params", "1e9");
        // The published law, and a large but possible loss (an undertrained tiny model), are answered as before.
        yield return HostileCase.Lenient("predict under the published law", "predict", "--law", "chinchilla", "--params", "1e9", "--tokens", "2e10");
        yield return HostileCase.Lenient("predict a model of 10 parameters on 10 tokens", "predict", "--law", "chinchilla", "--params", "10", "--tokens", "10");
    }

    // Two setups of one grid, the second's token counts 0.01% higher (steps × batch rounded): no (N, D) was given twice, so nothing was named.
    private static IEnumerable<HostileCase> NearPoints(Func<string, string, string> save)
    {
        var lines = Round13Cases.Grid.Split('\n')[1..^1].Select(row => row.Split(',')).ToList();
        var table = save("round14-two-setups-near.csv", "model,params,tokens,loss\n" +
            string.Concat(lines.Select((c, i) => $"a{i},{c[0]},{c[1]},{c[2]}\n")) +
            string.Concat(lines.Select((c, i) => $"b{i},{c[0]},{Number(c[1]) * 1.0001:R},{Number(c[2]) + 0.6:R}\n")));
        yield return HostileCase.Warned("fit two setups whose tokens differ in the last digits",
            "8 of 8 (N, D) points given more than once have losses over 5% apart (row 7: 3.15, row 15: 3.75 at 800M params, 8B tokens: 19.05% apart)", ["fit", table, .. Round13Cases.Fixed]);
    }

    private static IEnumerable<HostileCase> Probes(Func<string, string, string> save)
    {
        // Before: "too few distinct model sizes to backtest" of five sizes, each one run: the rows were short, not the sizes.
        var five = save("round14-five-runs.csv", "params,tokens,loss\n1e8,2e9,3.9\n2e8,4e9,3.6\n4e8,8e9,3.35\n8e8,16e9,3.1\n1.6e9,32e9,2.9\n");
        yield return HostileCase.Refused("backtest five runs of five sizes",
            "round14-five-runs.csv: too few rows to backtest: 5 rows of 5 distinct model sizes, where a backtest fits at least 3 of them in at least 20 rows", "backtest", five, "--quiet");
        // A W&B panel leaves the value blank at steps where the run logged other metrics only: refused as a blank cell before.
        const string Panel = "\"Step\",\"run1 - train/loss\",\"run1 - train/loss__MIN\",\"run1 - train/loss__MAX\"\n";
        var gaps = save("round14-wandb-gaps.csv", Panel + "\"100\",\"3.2\",\"3.2\",\"3.2\"\n\"200\",\"\",\"\",\"\"\n\"400\",\"2.9\",\"2.9\",\"2.9\"\n" +
            "\"800\",\"2.8\",\"2.8\",\"2.8\"\n\"1600\",\"2.75\",\"2.75\",\"2.75\"\n\"3200\",\"2.7\",\"2.7\",\"2.7\"\n");
        yield return HostileCase.Warned("curve fit a W&B panel export with a step the run did not log",
            "left out 1 row with no 'run1 - train/loss' (first row 2): steps at which the run logged other metrics only", "curve", "fit", gaps, "--law", "power");
        var blank = save("round14-wandb-blank.csv", Panel + "\"100\",\"\",\"\",\"\"\n\"200\",\"\",\"\",\"\"\n");
        yield return HostileCase.Refused("curve fit a W&B panel export whose value is blank throughout",
            "round14-wandb-blank.csv: the W&B panel export's value column 'run1 - train/loss' is blank on every row", "curve", "fit", blank, "--law", "power");
        // Half a unique token was allocated 1.02e16 epochs and a loss of 1702.5 (predict refused it already).
        yield return HostileCase.Refused("optimal --unique-tokens 0.5", "--unique-tokens 0.5: less than one, which no count is",
            "optimal", "--law", "data-constrained", "--flops", "1e23", "--unique-tokens", "0.5");
        yield return HostileCase.Refused("plan run --unique-tokens 0.5", "--unique-tokens 0.5: less than one, which no count is",
            "plan", "run", "--law", "data-constrained", "--flops", "1e23", "--unique-tokens", "0.5");
        yield return HostileCase.Refused("curve rank --tokens 0.5", "--tokens 0.5: less than one, which no count is",
            "curve", "rank", "--dataset", "multipower-25M", "--tokens", "0.5");
        // A target a hair above E asked for 2.09e65 FLOPs and 1.89e29 parameters without a word.
        yield return HostileCase.Warned("optimal --target-loss just above E",
            "warning: loss = 1.69 asks for N* = 1.89e29 parameters on D* = 1.84e35 tokens, more than any training run has (above 1e14 parameters or 1e15 tokens)",
            "optimal", "--law", "chinchilla", "--target-loss", "1.6900001");
        // B = 1e10 leaves G finite, so optimal allocated 0.0178 parameters on 9.36e23 tokens (a loss of 3541) without a word.
        yield return HostileCase.Warned("optimal under B = 1e10",
            "warning: C = 1e23 asks for N* = 1.78e-2 parameters on D* = 9.36e23 tokens, less than one parameter, where no model exists and the law says nothing",
            "optimal", "--law-spec", "chinchilla:E=1.69,A=406.4,B=1e10,alpha=0.34,beta=0.28", "--flops", "1e23");
        // plan run took the same allocation into its recipe without a word.
        yield return HostileCase.Warned("plan run under B = 1e10",
            "warning: C = 1e23 asks for N* = 1.78e-2 parameters on D* = 9.36e23 tokens, less than one parameter, where no model exists and the law says nothing",
            "plan", "run", "--law-spec", "chinchilla:E=1.69,A=406.4,B=1e10,alpha=0.34,beta=0.28", "--flops", "1e23");
    }

    private static IEnumerable<HostileCase> Downstream(Func<string, string, string> save)
    {
        var accuracy = save("round14-accuracy.json", "{\"version\": 1, \"kind\": \"downstream\", \"task\": \"quiz\", \"metric\": \"acc\", \"chance\": 0.25, \"law\": \"sigmoid\", " +
            "\"input\": \"loss\", \"loss\": \"loss\", \"params\": {\"c\": 0.25, \"u\": 0.85, \"k\": 3.0, \"L0\": 3.0}, " +
            "\"covariance\": [[0, 0, 0, 0], [0, 1e-8, 0, 0], [0, 0, 1e-8, 0], [0, 0, 0, 1e-8]], \"scatter\": 0.01, \"inputRange\": [2.4, 3.5], \"rows\": 18, " +
            "\"status\": \"converged\", \"predictable\": true}");
        // The chain's loss law was read without predict's checks: 6.1e296 nats went into the accuracy law, and a fit that did not converge was used.
        var huge = save("round14-loss-law-huge.json", "{\"law\": \"chinchilla\", \"params\": {\"E\": 1.69, \"A\": 406.4, \"B\": 1e300, \"alpha\": 0.34, \"beta\": 0.28}}");
        yield return HostileCase.Refused("downstream predict through a loss law with B = 1e300", $"{huge}: B = 1e300 makes the law's loss",
            "downstream", "predict", "--law-file", accuracy, "--law-file-loss", huge, "--params", "12B", "--tokens", "300B");
        var stalled = save("round14-loss-law-stalled.json", "{\"law\": \"chinchilla\", \"status\": \"iteration-limit\", \"params\": {\"E\": 1.69, \"A\": 406.4, \"B\": 410.7, \"alpha\": 0.34, \"beta\": 0.28}}");
        yield return HostileCase.Refused("downstream predict through a loss law that did not converge", $"{stalled}: the fit saved in this file did not converge (status iteration-limit)",
            "downstream", "predict", "--law-file", accuracy, "--law-file-loss", stalled, "--params", "12B", "--tokens", "300B");
        // A long table whose score column is named by its metric: 'acc' was read as a task of its own, pooling every task's rows.
        var named = save("round14-task-acc.csv", "model,params,tokens,loss,task,acc\na,1e8,2e9,3.9,piqa,0.55\nb,2e8,4e9,3.7,piqa,0.58\nc,4e8,8e9,3.5,piqa,0.6\n" +
            "a,1e8,2e9,3.9,arc,0.3\nb,2e8,4e9,3.7,arc,0.32\nc,4e8,8e9,3.5,arc,0.35\n");
        const string NoValue = "round14-task-acc.csv: column 'task' names each row's task, but there is no 'value' column for its score";
        yield return HostileCase.Refused("downstream fit --task all of a long table without a value column", NoValue, "downstream", "fit", named, "--task", "all", "--chance", "0.5");
        yield return HostileCase.Refused("downstream fit --task piqa of a long table without a value column", NoValue, "downstream", "fit", named, "--task", "piqa", "--chance", "0.5");
        // Before: "task 'piqa' (acc) has no rows", for both.
        var runs = save("round14-task-runs.csv", "model,params,tokens,loss,task,value\na,1e8,2e9,3.9,piqa,0.55\nb,2e8,4e9,3.7,piqa,0.58\nc,4e8,8e9,3.5,piqa,0.6\n" +
            "d,8e8,16e9,3.3,piqa,0.63\ne,1.6e9,32e9,3.1,piqa,0.66\nf,3.2e9,64e9,2.9,piqa,0.7\n");
        yield return HostileCase.Refused("downstream backtest whose fitted sizes the early cut drops whole",
            "--fit-up-to 500M: no model up to that size has a checkpoint past --min-tokens 10B (the longest has 8B tokens)",
            "downstream", "backtest", runs, "--task", "piqa", "--chance", "0.5", "--fit-up-to", "500M");
        yield return HostileCase.Refused("downstream backtest --fit-up-to below every model", "--fit-up-to 10M: no model is that small (the smallest has 100M parameters)",
            "downstream", "backtest", runs, "--task", "piqa", "--chance", "0.5", "--fit-up-to", "10M");
        // Before: "3 rows cannot determine 5 free parameters; add rows or fix parameters with --fix", an option the command does not take.
        yield return HostileCase.Refused("downstream backtest whose chain has too few rows for its loss law",
            "round14-task-runs.csv: the two-step chain fits a chinchilla loss law (5 parameters) to the fitted rows, but the split keeps 3 rows",
            "downstream", "backtest", runs, "--task", "piqa", "--chance", "0.5", "--fit-up-to", "500M", "--min-tokens", "0");
    }

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
