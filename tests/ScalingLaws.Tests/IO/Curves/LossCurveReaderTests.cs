using ScalingLaws.IO;
using ScalingLaws.IO.Curves;

namespace ScalingLaws.Tests.IO.Curves;

public sealed class LossCurveReaderTests : WithTempFolder
{
    [Fact]
    public void One_file_holds_several_runs_with_their_schedules()
    {
        var path = temp.Write("runs.csv", "run,step,tokens,lr,loss\na,100,1e8,1e-3,4.0\na,200,2e8,5e-4,3.5\nb,100,1e8,1e-3,4.1\nb,300,3e8,1e-3,3.4\n");

        var curves = LossCurveReader.Read(path);

        Assert.Equal(["a", "b"], curves.Select(c => c.Name));
        Assert.Equal([100, 200], curves[0].Steps.ToArray());
        Assert.Equal([2e8, 3e8], curves.Select(c => c.Tokens[^1]));
        Assert.Equal(7.5e-4, curves[0].Schedule!.Rate(150), 15);
        Assert.Equal(5e-4, curves[0].Schedule!.Rate(50), 15);
        Assert.Equal(300, curves[1].Schedule!.LastStep);
    }

    [Fact]
    public void A_folder_holds_one_run_per_file_named_by_the_file()
    {
        temp.Write("cosine.csv", "step,lr,loss\r\n10,1e-3,4.0\r\n20,1e-3,3.8\r\n");
        temp.Write("constant.tsv", "step\tloss\n10\t4.0\n20\t3.9\n");

        var curves = LossCurveReader.Read(temp.FullName);

        Assert.Equal(["constant", "cosine"], curves.Select(c => c.Name));
        Assert.Null(curves[0].Schedule);
        Assert.NotNull(curves[1].Schedule);
    }

    [Theory]
    [InlineData("step,loss\n100,3.5\n300,3.4\n200,3.3\n", "row 3, column 'step': step 200 does not increase on the previous row of run 'bad' (step 300)")]
    [InlineData("step,loss\n200,3.5\n100,3.4\n", "row 2, column 'step': step 100 does not increase")]
    [InlineData("step,loss\n1.5,3.5\n", "row 1, column 'step': step '1.5' is not a whole number")]
    [InlineData("step,loss\n100,-3.5\n", "row 1, column 'loss': loss is '-3.5', but must be a finite number above 0")]
    [InlineData("step,lr,loss\n100,,3.5\n", "row 1, column 'lr': lr is blank")]
    [InlineData("iteration,value\n100,3.5\n", "no loss column among the headers 'iteration', 'value'")]
    [InlineData("loss\n3.5\n", "no step column among the headers 'loss'")]
    [InlineData("step,lr,learning_rate,loss\n1,1,1,1\n", "could each be the learning rate")]
    public void Bad_files_name_file_row_and_column(string content, string fragment)
    {
        var path = temp.Write("bad.csv", content);

        var error = Assert.Throws<DataFileException>(() => LossCurveReader.Read(path));

        Assert.StartsWith(path, error.Message);
        Messages.AssertOneLine(error.Message, fragment);
    }

    // A resumed run, saved at step 200 and crashed after 400, logs 300 and 400 twice, then 500 and 600 once: the later logging is
    // kept. Two evaluation sets side by side log every step twice: not a resumed run (before, "3 earlier points from that step on dropped").
    [Theory]
    [InlineData("resumed", "step,loss\n100,4.0\n200,3.8\n300,3.7\n400,3.6\n300,3.71\n400,3.61\n500,3.5\n600,3.4\n",
        new[] { 100, 200, 300, 400, 500, 600 }, new[] { 4.0, 3.8, 3.71, 3.61, 3.5, 3.4 },
        "run 'resumed' logs step 300 again at row 5 (first at row 3), as a resumed run does: the later logging is kept and 2 earlier points from that step on dropped")]
    [InlineData("two-evals", "step,loss\n100,4.0\n100,4.2\n200,3.8\n200,3.9\n300,3.7\n300,3.75\n400,3.6\n400,3.62\n",
        new[] { 100, 200, 300, 400 }, new[] { 4.2, 3.9, 3.75, 3.62 },
        "run 'two-evals' has two rows at 4 steps (the first pair at rows 1 and 2, step 100), as two evaluations or metrics logged side by side do")]
    public void A_step_logged_again_keeps_the_later_row_with_one_warning_that_says_why(string run, string csv, int[] steps, double[] losses, string fragment)
    {
        var curve = Assert.Single(LossCurveReader.Read(temp.Write($"{run}.csv", csv)));

        Assert.Equal(steps, curve.Steps.ToArray());
        Assert.Equal(losses, curve.Loss.ToArray());
        Assert.Contains(fragment, Assert.Single(curve.Notes, n => n.StartsWith("warning:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Losses_below_a_millionth_of_a_nat_are_read_with_a_warning()
    {
        var path = temp.Write("scaled.csv", "step,loss\n100,4e-300\n200,3.5e-300\n300,3.2e-300\n");

        var curve = Assert.Single(LossCurveReader.Read(path));

        Assert.Equal(3.2e-300, curve.Loss[^1]);
        Assert.Contains(curve.Notes, n => n.StartsWith("warning: 3 of 3 points of run 'scaled' have a loss below 1e-6 (step 300: 3.2E-300)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wandb_panel_export_of_perplexity_reads_as_its_log_without_the_untrained_model()
    {
        // As W&B writes it: every field quoted, the value column beside its __MIN and __MAX, no final newline.
        var path = temp.Write("export.csv", "\"Step\",\"run - perplexity_eval\",\"run - perplexity_eval__MIN\",\"run - perplexity_eval__MAX\"\n"
            + "\"0\",\"159.5\",\"159.5\",\"159.5\"\n\"2\",\"23.4\",\"23.4\",\"23.4\"\n\"4\",\"17.9\",\"17.9\",\"17.9\"");

        var curve = LossCurveReader.Read(path).Single();

        Assert.Equal([2, 4], curve.Steps.ToArray());
        Assert.Equal([Math.Log(23.4), Math.Log(17.9)], curve.Loss.ToArray());
        Assert.False(curve.TrainingLoss);
        Assert.Contains(curve.Notes, n => n.Contains("column 'run - perplexity_eval', the value column of a W&B panel export", StringComparison.Ordinal));
        Assert.Contains(curve.Notes, n => n.Contains("step 0 with loss '159.5', the model before training", StringComparison.Ordinal));
        Assert.Contains(curve.Notes, n => n.Contains("loss: ln('run - perplexity_eval'), in nats", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wandb_panel_export_of_several_runs_reads_each_run_from_its_column()
    {
        // Two runs side by side, as W&B exports a panel of both: run-b logged no loss at step 2 (a blank cell). Before, "no loss column".
        var path = temp.Write("panel.csv", "\"Step\",\"run-a - train/loss\",\"run-a - train/loss__MIN\",\"run-a - train/loss__MAX\",\"run-b - train/loss\",\"run-b - train/loss__MIN\",\"run-b - train/loss__MAX\"\n"
            + "\"1\",\"4.1\",\"4.1\",\"4.1\",\"4.3\",\"4.3\",\"4.3\"\n\"2\",\"3.9\",\"3.9\",\"3.9\",\"\",\"\",\"\"\n\"3\",\"3.8\",\"3.8\",\"3.8\",\"4.0\",\"4.0\",\"4.0\"\n");

        var curves = LossCurveReader.Read(path);

        Assert.Equal(["run-a", "run-b"], curves.Select(c => c.Name));
        Assert.Equal([1, 2, 3], curves[0].Steps.ToArray());
        Assert.Equal([4.1, 3.9, 3.8], curves[0].Loss.ToArray());
        Assert.Equal([1, 3], curves[1].Steps.ToArray());
        Assert.Equal([4.3, 4.0], curves[1].Loss.ToArray());
        Assert.True(curves[1].TrainingLoss);
        Assert.Contains(curves[0].Notes, n => n.StartsWith("loss: 'train/loss' of 2 runs side by side in a W&B panel export ('run-a', 'run-b';", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wandb_panel_export_of_two_metrics_of_one_run_is_not_read_as_two_runs()
    {
        var path = temp.Write("metrics.csv", "Step,a - train/loss,a - train/loss__MIN,a - train/loss__MAX,a - eval/loss,a - eval/loss__MIN,a - eval/loss__MAX\n1,4,4,4,4.2,4.2,4.2\n");

        var error = Assert.Throws<DataFileException>(() => LossCurveReader.Read(path));

        Assert.Contains("no loss column among the headers", error.Message);
    }

    [Fact]
    public void A_loss_logged_every_few_rows_is_read_at_its_rows_and_one_missing_loss_is_still_refused()
    {
        // An evaluation every 3 steps in a history of every step, NaN or blank between (before: "eval/loss is 'NaN', … fix or remove the row").
        var sparse = temp.Write("eval.csv", "step,eval/loss\n1,NaN\n2,\n3,4.0\n4,NaN\n5,NaN\n6,3.6\n");
        var spoilt = temp.Write("spoilt.csv", "step,loss\n1,4.2\n2,NaN\n3,4.0\n4,3.9\n");

        var curve = LossCurveReader.Read(sparse).Single();
        var error = Assert.Throws<DataFileException>(() => LossCurveReader.Read(spoilt));

        Assert.Equal([3, 6], curve.Steps.ToArray());
        Assert.Equal([4.0, 3.6], curve.Loss.ToArray());
        Assert.Contains(curve.Notes, n => n.StartsWith("left out 4 rows of 6 of run 'eval' with no loss (blank or NaN; first row 1)", StringComparison.Ordinal));
        Assert.Contains("row 2, column 'loss': loss is 'NaN'", error.Message);
    }

    [Theory]
    [InlineData("Wall time,Step,Value")]
    [InlineData("wall_time,step,value")]
    public void A_tensorboard_scalar_export_reads_its_value_as_the_loss(string header)
    {
        // Before, "no loss column among the headers 'Wall time', 'Step', 'Value'".
        var path = temp.Write("tb.csv", $"{header}\n1700000000.5,100,4.2\n1700000037.5,200,3.9\n");

        var curve = LossCurveReader.Read(path).Single();

        Assert.Equal([100, 200], curve.Steps.ToArray());
        Assert.Equal([4.2, 3.9], curve.Loss.ToArray());
        Assert.Contains(curve.Notes, n => n.StartsWith($"loss: column '{header.Split(',')[2]}' of a TensorBoard scalar export", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("lr-AdamW")]
    [InlineData("lr-AdamW/pg1")]
    [InlineData("train/learning_rate")]
    [InlineData("train/lr")]
    public void A_trackers_learning_rate_column_is_the_schedule(string header)
    {
        // PyTorch Lightning's LearningRateMonitor and Hugging Face's Trainer name it so; before, the schedule-aware laws said "no lr column".
        var path = temp.Write("lr.csv", $"step,loss,{header}\n100,4.0,1e-3\n200,3.5,5e-4\n");

        var curve = LossCurveReader.Read(path).Single();

        Assert.Equal(7.5e-4, curve.Schedule!.Rate(150), 15);
    }

    [Theory]
    [InlineData("lr-AdamW__MIN", false)]
    [InlineData("lr", true)]
    [InlineData("loss", false)]
    public void Only_rate_columns_are_rate_headers(string header, bool rate) => Assert.Equal(rate, LossCurveReader.IsRateHeader(header));

    [Theory]
    [InlineData("lambada_ppl", true)]
    [InlineData("word_perplexity", true)]
    [InlineData("perplexity_eval - Pile-CC", true)]
    [InlineData("log_perplexity", false)]
    [InlineData("val_loss", false)]
    public void Only_a_raw_perplexity_column_is_read_as_its_log(string header, bool perplexity)
    {
        var path = temp.Write("curve.csv", $"step,{header}\n100,20\n200,10\n");

        var curve = LossCurveReader.Read(path, ColumnMap.Parse([$"loss={header}"])).Single();

        Assert.Equal(perplexity ? Math.Log(10) : 10, curve.Loss[^1]);
        Assert.Equal(!perplexity, curve.TrainingLoss);
    }

    [Theory]
    [InlineData("train_perplexity")]
    [InlineData("train/ppl")]
    public void A_training_perplexity_is_read_as_the_training_loss(string header)
    {
        // Before, the note called it "an evaluation's rather than the training loss", and the curve lost the training-loss prior.
        var path = temp.Write("curve.csv", $"step,{header}\n100,20\n200,10\n");

        var curve = LossCurveReader.Read(path, ColumnMap.Parse([$"loss={header}"])).Single();

        Assert.Equal(Math.Log(10), curve.Loss[^1]);
        Assert.True(curve.TrainingLoss);
        Assert.Contains(curve.Notes, n => n == $"loss: ln('{header}'), in nats: the column is the training loss's perplexity");
    }

    [Fact]
    public void A_perplexity_of_one_or_less_is_refused_in_one_line()
    {
        var path = temp.Write("ppl.csv", "step,ppl\n100,20\n200,0.5\n");

        var error = Assert.Throws<DataFileException>(() => LossCurveReader.Read(path, ColumnMap.Parse(["loss=ppl"])));

        Assert.Contains("row 2, column 'ppl': ppl is '0.5', but must be a finite number above 1", error.Message);
    }

    [Fact]
    public void The_shared_Amber_exports_read_as_177_checkpoints_of_ln_perplexity()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestData.SharedData, "wandb-export-examples")))
        {
            var curve = LossCurveReader.Read(file).Single();

            Assert.Equal(177, curve.Count); // 178 rows (steps 0, 2, …, 354), the untrained model's at step 0 left out
            Assert.Equal(2, curve.Steps[0]);
            Assert.False(curve.TrainingLoss);
            Assert.InRange(curve.Loss[^1], Math.Log(8), Math.Log(15)); // final perplexities 8.26–14.30
        }
    }
}
