using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Cli;

/// <summary><c>scaling predict</c> with laws given by value; law files written by fit are in <see cref="FitCommandTests"/>.</summary>
public sealed class PredictCommandTests : WithTempFolder
{
    private const string Hoffmann = "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28";
    private const string Kaplan = "kaplan:Nc=6.4e13,Dc=1.8e13,alphaN=0.076,alphaD=0.103";

    private static double HoffmannLoss(double n, double d) => 1.69 + 406.4 / Math.Pow(n, 0.34) + 410.7 / Math.Pow(d, 0.28);

    [Fact]
    public void A_law_of_D_given_several_model_sizes_says_they_do_not_change_its_loss()
    {
        var result = ScalingProcess.Run("predict", "--law-spec", "pure-power:x=tokens,xc=1e10,alpha=0.1", "--params", "1B,7B,70B", "--tokens", "1.4T", "--json");
        var one = ScalingProcess.Run("predict", "--law-spec", "pure-power:x=tokens,xc=1e10,alpha=0.1", "--params", "7B", "--tokens", "1.4T,300B").AssertSuccess();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.Json["predictions"]!.AsArray().Count);
        Assert.Single(result.Json["predictions"]!.AsArray().Select(p => Near.Number(p!["loss"])).Distinct());
        Assert.Contains("warning: the pure-power law's loss depends on --tokens alone, so the several --params values change only the table's other columns, not the loss.", result.Stderr);
        Assert.DoesNotContain("depends on", one.Stderr); // one model size beside several token counts is no question of N
    }

    [Fact]
    public void Held_out_rows_of_a_family_the_law_was_not_fitted_on_are_named_and_those_of_its_own_are_not()
    {
        // Two families of one law but another floor, E = 1.69 and 1.2: a law fitted on 'web' scored on both covers half.
        var grid = new[] { 1e8, 2e8, 4e8, 8e8, 1.6e9 }.SelectMany(n => new[] { 2e9, 8e9, 3.2e10 }.Select(d => (n, d))).ToArray();
        var rows = new[] { ("web", 0.0), ("code", -0.49) }.SelectMany(f => grid.Select(p => $"{f.Item1},{p.n:R},{p.d:R},{HoffmannLoss(p.n, p.d) + f.Item2:R}\n"));
        var table = temp.Write("families.csv", "family,params,tokens,loss\n" + string.Concat(rows));
        var law = Path.Combine(temp.FullName, "web.json");
        ScalingProcess.Run("fit", table, "--family", "web", "--start-stride", "3", "--backtest-by", "none", "--out", law).AssertSuccess();

        var both = ScalingProcess.Run("predict", "--law-file", law, table);
        var own = ScalingProcess.Run("predict", "--law-file", law, table, "--family", "web").AssertSuccess();

        Assert.Equal(0, both.ExitCode);
        Assert.Contains("held out: 15 of 30 rows from 10 runs with a loss inside", both.Stdout);
        Assert.Contains($"warning: {law} was fitted on family web only; 15 of 30 rows of {table} are of another family (code), scored here against it as if they were its own: " +
            "give --family web to score only rows like those it was fitted on, or go on if comparing is intended.", both.Stderr);
        Assert.DoesNotContain("was fitted on", own.Stderr);
    }

    [Fact]
    public void Chinchilla_by_value_matches_the_formula()
    {
        var result = ScalingProcess.Run("predict", "--law-spec", Hoffmann, "--params", "70B", "--tokens", "1.4T", "--json").AssertSuccess();

        var prediction = Assert.Single(result.Json["predictions"]!.AsArray())!;
        Near.Relative(HoffmannLoss(70e9, 1.4e12), Near.Number(prediction["loss"]), 1e-9, "loss");
        Assert.Equal(70e9, Near.Number(prediction["params"]));
        Assert.Equal(1.4e12, Near.Number(prediction["tokens"]));
        Near.Relative(5.88e23, Near.Number(prediction["flops"]), 1e-12, "flops = 6ND");
        Assert.Null(prediction["ci95"]);
    }

    [Fact]
    public void Several_values_give_one_prediction_each()
    {
        var result = ScalingProcess.Run("predict", "--law-spec", Hoffmann, "--params", "70B", "280B", "--tokens", "1.4T", "300B", "--json").AssertSuccess();

        var predictions = result.Json["predictions"]!.AsArray();
        Assert.Equal(2, predictions.Count);
        Near.Relative(HoffmannLoss(70e9, 1.4e12), Near.Number(predictions[0]!["loss"]), 1e-9, "Chinchilla");
        Near.Relative(HoffmannLoss(280e9, 300e9), Near.Number(predictions[1]!["loss"]), 1e-9, "Gopher");
        Assert.Equal(280e9, Near.Number(predictions[1]!["params"]));
        Assert.Equal(300e9, Near.Number(predictions[1]!["tokens"]));
    }

    [Fact]
    public void A_point_given_twice_is_answered_once_and_points_that_share_a_size_are_kept_in_order()
    {
        // 70B at 1.4T twice (the second as 6ND FLOPs would give it too), between them 70B at 300B: one size, two points.
        var result = ScalingProcess.Run("predict", "--law-spec", Hoffmann, "--params", "70B,70B,70B", "--tokens", "1.4T,300B,1.4T", "--json").AssertSuccess();

        var predictions = result.Json["predictions"]!.AsArray();
        Assert.Equal([1.4e12, 300e9], predictions.Select(p => Near.Number(p!["tokens"])));
        Near.Relative(HoffmannLoss(70e9, 300e9), Near.Number(predictions[1]!["loss"]), 1e-9, "70B at 300B");
    }

    [Fact]
    public void Comma_separated_values_and_a_single_value_shared_by_every_point()
    {
        var result = ScalingProcess.Run("predict", "--law-spec", Hoffmann, "--params", "1B,7B,70B", "--tokens", "1.4T", "--json").AssertSuccess();

        var predictions = result.Json["predictions"]!.AsArray();
        Assert.Equal([1e9, 7e9, 70e9], predictions.Select(p => Near.Number(p!["params"])));
        Assert.All(predictions, p => Assert.Equal(1.4e12, Near.Number(p!["tokens"])));
        Near.Relative(HoffmannLoss(7e9, 1.4e12), Near.Number(predictions[1]!["loss"]), 1e-9, "loss");
    }

    [Fact]
    public void Flops_with_params_derive_tokens_from_C_equals_6ND()
    {
        var result = ScalingProcess.Run("predict", "--law-spec", Hoffmann, "--params", "70B", "--flops", "5.88e23", "--json").AssertSuccess();

        var prediction = Assert.Single(result.Json["predictions"]!.AsArray())!;
        var tokens = Near.Number(prediction["tokens"]);
        Near.Relative(5.88e23 / (6 * 70e9), tokens, 1e-12, "tokens");
        Near.Relative(HoffmannLoss(70e9, tokens), Near.Number(prediction["loss"]), 1e-9, "loss");
    }

    [Fact]
    public void Flops_with_tokens_derive_params()
    {
        var result = ScalingProcess.Run("predict", "--law-spec", Hoffmann, "--tokens", "1.4T", "--flops", "5.88e23", "--json").AssertSuccess();

        var prediction = Assert.Single(result.Json["predictions"]!.AsArray())!;
        Near.Relative(70e9, Near.Number(prediction["params"]), 1e-12, "params");
    }

    [Fact]
    public void Kaplan_by_value()
    {
        var result = ScalingProcess.Run("predict", "--law-spec", Kaplan, "--params", "1B", "--tokens", "20B", "--json").AssertSuccess();

        var loss = Near.Number(Assert.Single(result.Json["predictions"]!.AsArray())!["loss"]);
        Assert.InRange(loss, 2.374 - 0.0005, 2.374 + 0.0005);
        Near.Relative(Math.Pow(Math.Pow(6.4e13 / 1e9, 0.076 / 0.103) + 1.8e13 / 20e9, 0.103), loss, 1e-9, "Kaplan eq. 1.5");
    }

    [Fact]
    public void One_variable_law_by_value_needs_only_its_input()
    {
        var result = ScalingProcess.Run("predict", "--law-spec", "power:x=flops,E=1.7,A=30,alpha=0.05", "--flops", "1e23", "--json").AssertSuccess();

        var prediction = Assert.Single(result.Json["predictions"]!.AsArray())!;
        Near.Relative(1.7 + 30 / Math.Pow(1e23, 0.05), Near.Number(prediction["loss"]), 1e-9, "loss");
        Assert.Null(prediction["params"]); // unknown, written as null
    }

    [Fact]
    public void Human_output_is_a_table()
    {
        var output = ScalingProcess.Run("predict", "--law-spec", Hoffmann, "--params", "70B", "--tokens", "1.4T").AssertSuccess().Stdout;

        Assert.StartsWith("chinchilla law from --law-spec: L = E + A/N^alpha + B/D^beta", output);
        foreach (var cell in new[] { "params N", "tokens D", "FLOPs C", "loss", "70B", "1.4T", "5.88e23", "1.937" })
            Assert.Contains(cell, output);
        Assert.DoesNotContain("95% interval", output);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Exactly_one_of_law_and_law_file(bool law, bool lawFile)
    {
        var file = temp.Write("law.json", """{"law":"chinchilla","formula":"","params":{"E":1.69,"A":406.4,"B":410.7,"alpha":0.34,"beta":0.28}}""");
        List<string> args = ["predict", "--params", "70B", "--tokens", "1.4T"];
        if (law)
            args.AddRange(["--law-spec", Hoffmann]);
        if (lawFile)
            args.AddRange(["--law-file", file]);

        ScalingProcess.Run([.. args]).AssertInputError("give exactly one of --law-file", "--law");
    }

    [Fact]
    public void A_hand_written_law_file_is_read()
    {
        var file = temp.Write("law.json", """{"law":"chinchilla","formula":"","params":{"E":1.69,"A":406.4,"B":410.7,"alpha":0.34,"beta":0.28}}""");

        var result = ScalingProcess.Run("predict", "--law-file", file, "--params", "70B", "--tokens", "1.4T", "--json").AssertSuccess();

        Near.Relative(HoffmannLoss(70e9, 1.4e12), Near.Number(result.Json["predictions"]![0]!["loss"]), 1e-9, "loss");
    }

    [Fact]
    public void Mismatched_counts_are_an_error()
    {
        ScalingProcess.Run("predict", "--law-spec", Hoffmann, "--params", "1B", "2B", "3B", "--tokens", "1T", "2T")
            .AssertInputError("--tokens has 2 values but another option has 3");
    }

    [Fact]
    public void A_two_variable_law_needs_two_inputs()
    {
        ScalingProcess.Run("predict", "--law-spec", Hoffmann, "--params", "70B").AssertInputError("needs --params and --tokens");
    }

    [Fact]
    public void No_points_is_an_error()
    {
        ScalingProcess.Run("predict", "--law-spec", Hoffmann).AssertInputError("--params 70B --tokens 1.4T");
    }

    [Theory]
    [InlineData("chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34", "missing beta")]
    [InlineData("chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28,gamma=1", "unknown parameter 'gamma'")]
    [InlineData("chinchilla E=1.69", "expected NAME:P=V")]
    [InlineData("nope:E=1", "unknown law 'nope'")]
    [InlineData("chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta", "P=V")]
    public void Bad_law_by_value(string spec, string fragment)
    {
        ScalingProcess.Run("predict", "--law-spec", spec, "--params", "70B", "--tokens", "1.4T").AssertInputError(fragment);
    }

    [Fact]
    public void Bad_quantity()
    {
        ScalingProcess.Run("predict", "--law-spec", Hoffmann, "--params", "70 billion", "--tokens", "1.4T")
            .AssertInputError("'70 billion' is not a quantity");
    }

    [Fact]
    public void Missing_law_file()
    {
        var path = Path.Combine(temp.FullName, "nope.json");

        ScalingProcess.Run("predict", "--law-file", path, "--params", "70B", "--tokens", "1.4T").AssertInputError($"{path}: no such file");
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{}")]
    [InlineData("""{"law":"chinchilla","formula":"","params":{"E":1.69}}""")]
    public void Not_a_law_file(string content)
    {
        var path = temp.Write("bad.json", content);

        ScalingProcess.Run("predict", "--law-file", path, "--params", "70B", "--tokens", "1.4T").AssertInputError(path);
    }

    [Theory]
    [InlineData("-70B")]
    [InlineData("0")]
    public void Sizes_must_be_positive(string parameters)
    {
        ScalingProcess.Run("predict", "--law-spec", Hoffmann, "--params", parameters, "--tokens", "1.4T", "--json").AssertInputError(parameters);
    }

    [Fact]
    public void Params_tokens_and_flops_must_agree()
    {
        ScalingProcess.Run("predict", "--law-spec", Hoffmann, "--params", "70B", "--tokens", "1.4T", "--flops", "1e20", "--json")
            .AssertInputError("--flops");
    }

    [Fact]
    public void Not_a_law_file_does_not_advise_overwriting_it()
    {
        var path = temp.Write("runs.csv", "params,tokens,loss\n1e8,2e9,3.5\n");

        var line = ScalingProcess.Run("predict", "--law-file", path, "--params", "70B", "--tokens", "1.4T").AssertInputError(path);

        Assert.DoesNotContain($"--out {path}", line);
    }

    [Fact]
    public void The_rows_of_a_table_are_predicted_each_as_the_formula_gives()
    {
        var path = temp.Write("plan.csv", "run,params,tokens\nsmall,1B,20B\nlarge,70B,1.4T\n");

        var result = ScalingProcess.Run("predict", "--law-spec", Hoffmann, path, "--json").AssertSuccess();

        var predictions = result.Json["predictions"]!.AsArray();
        Near.Relative(HoffmannLoss(1e9, 20e9), Near.Number(predictions[0]!["loss"]), 1e-9, "small");
        Near.Relative(HoffmannLoss(70e9, 1.4e12), Near.Number(predictions[1]!["loss"]), 1e-9, "large");
        Assert.Equal("large", predictions[1]!["model"]!.GetValue<string>());
        Assert.Null(predictions[0]!["observed"]);
        Assert.Null(result.Json["heldOut"]);
    }

    // A noisy synthetic sweep of 6 sizes written to runs.csv, and the law fitted on its 3 sizes up to 1.3e8 written to law.json.
    private (ObservationTable Table, string Runs, string Law) FittedOnSmallSizes()
    {
        var table = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01, seed: 3);
        var runs = Path.Combine(temp.FullName, "runs.csv");
        ScalingLaws.IO.TableWriter.WriteCsv(runs, table);
        var law = Path.Combine(temp.FullName, "law.json");
        ScalingProcess.Run("fit", runs, "--where", "params<2e8", "--out", law, "--quiet").AssertSuccess();
        return (table, runs, law);
    }

    [Fact]
    public void Held_out_rows_with_a_loss_are_scored_against_their_intervals()
    {
        // Fitted on the sizes up to 1.3e8 of a noisy synthetic sweep, asked for the 3 larger sizes' 24 rows.
        var (_, runs, law) = FittedOnSmallSizes();

        // The sweep lists each size's runs at rising tokens: without --one-row-per-run they would be read as one run's checkpoints.
        var result = ScalingProcess.Run("predict", "--law-file", law, runs, "--where", "params>2e8", "--one-row-per-run", "--json").AssertSuccess();
        var text = ScalingProcess.Run("predict", "--law-file", law, runs, "--where", "params>2e8", "--one-row-per-run").AssertSuccess();

        var predictions = result.Json["predictions"]!.AsArray();
        var heldOut = result.Json["heldOut"]!;
        Assert.Equal(24, predictions.Count);
        Assert.Equal(24, Near.Number(heldOut["rows"]));
        var covered = predictions.Count(p => p!["covered"]!.GetValue<bool>());
        Assert.Equal(covered, Near.Number(heldOut["covered"]));
        Assert.InRange(covered, 20, 24); // 1% noise, fitted on 3 of 6 sizes: the 95% intervals hold most rows
        var errors = predictions.Select(p => Math.Abs(Near.Number(p!["loss"]) - Near.Number(p!["observed"])) / Near.Number(p!["observed"])).ToArray();
        Near.Relative(errors.Average(), Near.Number(heldOut["meanRelativeError"]), 1e-9, "mean relative error");
        Assert.Contains($"held out: {covered} of 24 rows with a loss inside the predictive 95% interval", text.Stdout);
    }

    [Fact]
    public void Held_out_checkpoints_share_their_runs_weight()
    {
        // The same fit; the 24 held-out rows labelled by size, so they are 3 runs of 8 checkpoints each.
        var (table, _, law) = FittedOnSmallSizes();
        var labelled = temp.Write("heldout.csv", "model,params,tokens,loss\n" + string.Concat(table.Rows.Where(r => r.Params > 2e8)
            .Select(r => FormattableString.Invariant($"n{r.Params:R},{r.Params:R},{r.Tokens:R},{r.Loss:R}\n"))));

        var result = ScalingProcess.Run("predict", "--law-file", law, labelled, "--json").AssertSuccess();
        var text = ScalingProcess.Run("predict", "--law-file", law, labelled).AssertSuccess();

        var predictions = result.Json["predictions"]!.AsArray();
        var heldOut = result.Json["heldOut"]!;
        Assert.Equal((24, 3), (Near.Number(heldOut["rows"]), Near.Number(heldOut["runs"])));
        // Each run weighs 1: the mean over runs of each run's share covered.
        var byRun = predictions.GroupBy(p => p!["model"]!.GetValue<string>()).Select(g => g.Average(p => p!["covered"]!.GetValue<bool>() ? 1.0 : 0.0));
        Near.Relative(byRun.Average(), Near.Number(heldOut["coverage"]), 1e-12, "coverage");
        Assert.Contains("rows from 3 runs with a loss inside the predictive 95% interval; each run weighing 1 (its checkpoints share it):", text.Stdout);
    }

    [Fact]
    public void A_table_and_point_options_together_are_refused()
    {
        var path = temp.Write("plan.csv", "params,tokens\n1B,20B\n");

        var result = ScalingProcess.Run("predict", "--law-spec", Hoffmann, path, "--params", "7B", "--tokens", "1T");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--params and a table of rows both give the points to predict; give one of them.", result.Stderr);
    }

    [Fact]
    public void A_row_without_an_input_the_law_needs_is_named()
    {
        var path = temp.Write("plan.csv", "params,tokens\n1B,20B\n");

        var result = ScalingProcess.Run("predict", "--law", "data-constrained", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("plan.csv, row 1: no unique_tokens, which the data-constrained law needs", result.Stderr);
    }

    [Fact]
    public void Rows_without_a_loss_get_no_warning_about_losses_or_pooling_and_are_never_the_highest_loss()
    {
        var plan = temp.Write("families.csv", "family,params,tokens\na,1B,20B\na,2B,40B\nb,1B,20B\nb,3B,60B\n");
        var partly = temp.Write("partly.csv", "params,tokens,loss\n1B,20B,\n2B,40B,2.5\n");

        var families = ScalingProcess.Run("predict", "--law-spec", Hoffmann, plan).AssertSuccess();
        var dropped = ScalingProcess.Run("predict", "--law-spec", Hoffmann, partly, "--drop-highest-loss", "1");

        Assert.DoesNotContain("warning", families.Stdout + families.Stderr);
        Assert.Equal(2, dropped.ExitCode);
        Assert.Contains("--drop-highest-loss 1 would drop all 1 rows with a loss; use a smaller number.", dropped.Stderr);
    }
}
