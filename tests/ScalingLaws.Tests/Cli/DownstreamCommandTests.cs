using System.Globalization;
using System.Text;
using ScalingLaws.Downstream;

namespace ScalingLaws.Tests.Cli;

/// <summary><c>scaling downstream fit</c> and <c>predict</c> end to end, on Pythia and on small tables, and their bad-input lines.</summary>
public sealed class DownstreamCommandTests : WithTempFolder
{
    // A wide table drawn from a known sigmoid (c = 0.25, u = 0.85, k = 3, L0 = 3): params, tokens, loss and one task column.
    private string Wide(string name, Func<double, double>? score = null, bool loss = true, string chance = "0.25")
    {
        var text = new StringBuilder(loss ? "params,tokens,loss,quiz,quiz_chance\n" : "params,tokens,quiz,quiz_chance\n");
        var task = SyntheticTasks.Draw(SigmoidAccuracyLaw.Instance, [0.25, 0.85, 3, 3.0], 0.25, 2000, seed: 7);
        foreach (var row in task.Rows)
        {
            var cells = new List<double> { row.Params, row.Tokens };
            if (loss)
                cells.Add(row.Loss);
            cells.Add(score?.Invoke(row.Score) ?? row.Score);
            text.AppendLine(string.Join(",", cells.Select(c => c.ToString("R", CultureInfo.InvariantCulture))) + "," + chance);
        }
        return temp.Write(name, text.ToString());
    }

    // The sigmoid law of the wide table's quiz, and the loss law fitted to the same rows, as law files.
    private string QuizLaw(string data)
    {
        var law = Path.Combine(temp.FullName, "quiz.json");
        ScalingProcess.Run("downstream", "fit", data, "--task", "quiz", "--law", "sigmoid", "--out", law).AssertSuccess();
        return law;
    }

    private string LossLaw(string data)
    {
        var law = Path.Combine(temp.FullName, "loss.json");
        ScalingProcess.Run("fit", data, "--out", law, "--backtest-by", "none").AssertSuccess();
        return law;
    }

    [Fact]
    public void Pythia_tasks_at_chance_are_declared_unpredictable()
    {
        var result = ScalingProcess.Run("downstream", "fit", "--dataset", "pythia-tasks", "--task", "all", "--where", "params<=1.5B", "--where", "tokens>=10B", "--json").AssertSuccess();

        var fits = result.Json["fits"]!.AsArray();
        Assert.Equal(9, fits.Count);
        var unpredictable = fits.Where(f => !(bool)f!["predictable"]!).Select(f => (string)f!["task"]!).Order().ToArray();
        Assert.Equal(["arc_challenge", "logiqa", "wsc"], unpredictable);
        Assert.All(fits.Where(f => !(bool)f!["predictable"]!), f => Assert.StartsWith("cannot be predicted", (string)f!["verdict"]!));
    }

    [Fact]
    public void A_wide_table_round_trips_through_a_law_file()
    {
        var data = Wide("wide.csv");
        var law = QuizLaw(data);

        var result = ScalingProcess.Run("downstream", "predict", "--law-file", law, "--loss", "3.0", "--json").AssertSuccess();

        var prediction = Assert.Single(result.Json["predictions"]!.AsArray())!;
        var accuracy = Near.Number(prediction["accuracy"]);
        Assert.InRange(accuracy, 0.55 - 0.01, 0.55 + 0.01); // the true sigmoid gives 0.25 + 0.6/2 = 0.55 at L0
        var interval = prediction["ci95"]!.AsArray().Select(n => Near.Number(n)).ToArray();
        Assert.True(interval[0] < accuracy && accuracy < interval[1]);
        Assert.InRange(interval[1] - interval[0], 0.02, 0.08); // about ±1.96 × the binomial 0.011 of one score
    }

    /// <summary>A loss law whose fit does not determine the loss at the point (too few sizes) is not taken as exact: the chain refuses.</summary>
    [Fact]
    public void The_chain_refuses_a_loss_its_loss_law_does_not_determine()
    {
        var data = Wide("wide.csv");
        var law = QuizLaw(data);
        var lossLaw = LossLaw(data);
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(lossLaw))!;
        document["extrapolation"]!["undetermined"] = new System.Text.Json.Nodes.JsonArray("params");
        var undetermined = temp.Write("undetermined.json", document.ToJsonString());

        ScalingProcess.Run("downstream", "predict", "--law-file", law, "--law-file-loss", undetermined, "--params", "100T", "--tokens", "300B")
            .AssertInputError("the loss law was fitted to too few distinct N to determine its loss", "the two-step chain has no interval there");
    }

    [Fact]
    public void The_two_step_chain_widens_the_interval_by_the_loss_laws()
    {
        var data = Wide("wide.csv");
        var law = QuizLaw(data);
        var lossLaw = LossLaw(data);

        var chained = Assert.Single(ScalingProcess.Run("downstream", "predict", "--law-file", law, "--law-file-loss", lossLaw, "--params", "12B", "--tokens", "300B", "--json").AssertSuccess().Json["predictions"]!.AsArray())!;
        var loss = Near.Number(chained["input"]);
        var direct = Assert.Single(ScalingProcess.Run("downstream", "predict", "--law-file", law, "--loss", loss.ToString("R", CultureInfo.InvariantCulture), "--json").AssertSuccess().Json["predictions"]!.AsArray())!;

        Near.Relative(Near.Number(direct["accuracy"]), Near.Number(chained["accuracy"]), 1e-9, "the chain's centre is the accuracy law at the predicted loss");
        var width = (System.Text.Json.Nodes.JsonNode? p) => p!["ci95"]![1]!.GetValue<double>() - p["ci95"]![0]!.GetValue<double>();
        Assert.True(width(chained) > width(direct), $"chained {width(chained)} vs at a known loss {width(direct)}");
        Assert.NotNull(chained["lossCi95"]);
    }

    [Fact]
    public void A_task_that_is_not_in_the_file_is_one_line()
    {
        ScalingProcess.Run("downstream", "fit", "--dataset", "pythia-tasks", "--task", "hellaswag")
            .AssertInputError("dataset pythia-tasks: task 'hellaswag' is not in the file", "its tasks are");
    }

    [Fact]
    public void Accuracies_outside_zero_to_one_are_one_line()
    {
        var data = Wide("percent.csv", score: s => 100 * s);
        ScalingProcess.Run("downstream", "fit", data, "--task", "quiz").AssertInputError("row 1: task 'quiz' acc is", "outside [0, 1]; give accuracies as fractions");
    }

    [Fact]
    public void A_chance_level_at_or_above_every_score_is_one_line()
    {
        var data = Wide("high-chance.csv", chance: "0.95");
        ScalingProcess.Run("downstream", "fit", data, "--task", "quiz").AssertInputError("task 'quiz' acc never rises above its chance level 0.95");
    }

    [Fact]
    public void A_missing_loss_for_the_two_step_form_is_one_line()
    {
        var data = Wide("no-loss.csv", loss: false);
        ScalingProcess.Run("downstream", "fit", data, "--task", "quiz").AssertInputError("task 'quiz' has rows without a loss", "--loss-column", "--law direct");
        ScalingProcess.Run("downstream", "fit", data, "--task", "quiz", "--loss-column", "val_loss").AssertInputError("no loss column 'val_loss'");
        ScalingProcess.Run("downstream", "fit", data, "--task", "quiz", "--law", "direct").AssertSuccess();
    }

    [Fact]
    public void An_unpredictable_law_file_predicts_nothing()
    {
        var law = Path.Combine(temp.FullName, "wsc.json");
        ScalingProcess.Run("downstream", "fit", "--dataset", "pythia-tasks", "--task", "wsc", "--where", "params<=1.5B", "--out", law).AssertSuccess();
        ScalingProcess.Run("downstream", "predict", "--law-file", law, "--loss", "2").AssertInputError("task wsc cannot be predicted", "no accuracy is predicted");
    }

    [Fact]
    public void The_plot_draws_fitted_and_held_out_scores_the_law_and_chance()
    {
        var path = Path.Combine(temp.FullName, "arc.svg");
        var result = ScalingProcess.Run("plot", "downstream", "--dataset", "pythia-tasks", "--task", "arc_easy", "--law", "direct", "--fit-up-to", "1.5B", "--out", path).AssertSuccess();

        Assert.Contains($"wrote {path} (SVG", result.Stdout);
        var svg = File.ReadAllText(path);
        foreach (var text in new[] { "arc_easy (acc): direct law", "Compute C = 6ND (FLOPs)", "chance (0.25)", "fitted scores", "held out", "95% interval" })
            Assert.Contains(text, svg);
        ScalingProcess.Run("plot", "downstream", "--dataset", "pythia-tasks", "--task", "all", "--out", path).AssertInputError("a figure shows one task");
    }

    [Fact]
    public void A_long_tables_loss_can_come_from_another_tasks_perplexity_rows()
    {
        // pythia-tasks' loss column is log2(LAMBADA perplexity); naming those rows gives the same loss, so the same law.
        string[] args = ["downstream", "fit", "--dataset", "pythia-tasks", "--task", "sciq", "--family", "Pythia", "--law", "sigmoid", "--json"];
        var byColumn = ScalingProcess.Run(args).AssertSuccess().Json;
        var byRows = ScalingProcess.Run([.. args, "--loss-column", "lambada_openai:ppl"]).AssertSuccess().Json;

        Assert.Equal("log2(lambada_openai ppl)", (string?)byRows["loss"]);
        Assert.Equal("bits: log2(LAMBADA perplexity)", (string?)byColumn["loss"]);
        foreach (var name in new[] { "u", "k", "L0" })
            Near.Relative(Near.Number(byColumn["params"]![name]), Near.Number(byRows["params"]![name]), 1e-6, name);
    }

    [Fact]
    public void A_wide_table_without_chance_columns_lists_its_tasks_given_one_chance_level()
    {
        var data = temp.Write("two.csv", "params,tokens,quiz,quest,quest_stderr\n1e8,1e10,0.30,0.55,0.01\n1e9,1e10,0.40,0.65,0.01\n3e9,1e10,0.50,0.70,0.01\n");
        ScalingProcess.Run("downstream", "fit", data, "--task", "all", "--law", "direct").AssertInputError("no task has 'acc' scores", "--chance for all");

        var fits = ScalingProcess.Run("downstream", "fit", data, "--task", "all", "--law", "direct", "--chance", "0.25", "--json").AssertSuccess().Json["fits"]!.AsArray();
        Assert.Equal(["quest", "quiz"], fits.Select(f => (string)f!["task"]!));
    }
}
