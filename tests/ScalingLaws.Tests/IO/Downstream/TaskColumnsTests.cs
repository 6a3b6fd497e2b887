using ScalingLaws.IO.Downstream;

namespace ScalingLaws.Tests.IO.Downstream;

/// <summary>Which columns of a wide table of scores are tasks.</summary>
public sealed class TaskColumnsTests : WithTempFolder
{
    private const string Rows = "m1,70M,20B,3.6,0.2911,0.4120\nm2,160M,20B,3.3,0.3305,0.4852\nm3,410M,20B,3.0,0.4017,0.5561\n";

    [Fact]
    public void Every_column_of_fractions_is_a_task_given_one_chance_level()
    {
        var table = TaskTableReader.Read(temp.Write("evals.csv", "model,params,tokens,loss,hellaswag,arc_easy\n" + Rows));

        Assert.Equal(["arc_easy", "hellaswag"], TaskColumns.Tasks(table, "acc", chanceGiven: true));
    }

    [Fact]
    public void Columns_of_percentages_are_named_as_such()
    {
        // Before, "no task has 'acc' scores; pick another --metric", which no metric fixes.
        var percent = Rows.Replace("0.2911", "29.11").Replace("0.3305", "33.05").Replace("0.4017", "40.17").Replace("0.4120", "41.20").Replace("0.4852", "48.52").Replace("0.5561", "55.61");
        var table = TaskTableReader.Read(temp.Write("percent.csv", "model,params,tokens,loss,hellaswag,arc_easy\n" + percent));

        var error = Assert.Throws<ScalingLawsException>(() => TaskColumns.Tasks(table, "acc", chanceGiven: true));

        Assert.Equal("percent.csv: columns 'arc_easy', 'hellaswag' hold scores between 1 and 100, percentages; give accuracies as fractions (0.62, not 62).",
            Path.GetFileName(error.Message));
    }

    [Fact]
    public void A_table_with_no_score_columns_says_so_instead_of_listing_nothing()
    {
        // Before (round 17): "… no column 'piqa' or 'piqa_acc'; its columns are ."
        var table = TaskTableReader.Read(temp.Write("runs.csv", "model,params,tokens,loss\nm1,70M,20B,3.6\nm2,160M,20B,3.3\n"));

        var error = Assert.Throws<ScalingLawsException>(() => TaskColumns.Extract(table, "piqa", new TaskRequest("acc")));

        Assert.Equal("runs.csv: task 'piqa' is not in the file (no column 'piqa' or 'piqa_acc'); it has no columns beyond the runs' own (model, size, tokens, loss); add one per task's scores, e.g. hellaswag.",
            Path.GetFileName(error.Message));
    }
}
