using ScalingLaws.Estimation;

namespace ScalingLaws.Tests.Estimation;

/// <summary>
/// The Hitchhiker's OPT table (target 175B; loss = raw perplexity, so the law is fitted to
/// perplexity): every published cell k = 3, 4, 5 × p = 0.1 … 1.0, with and without the 10B cut.
/// </summary>
public sealed class OptReproductionTests
{
    public static TheoryData<int> Rows => [3, 4, 5];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_published_cell_of_row_k_is_reproduced(int k)
    {
        StudyData.OptGrid.AssertPublishedRow(k, HitchhikerTables.Opt[k], "OPT");
    }

    [Fact]
    public void At_k_5_and_p_0_1_the_30b_model_has_no_checkpoint_so_four_sizes_train_as_at_k_4()
    {
        var five = StudyData.OptGrid.Cell(5, 0.1);
        var four = StudyData.OptGrid.Cell(4, 0.1);

        Assert.Equal(4, five.Models);
        Assert.Equal(4, four.Models);
        Assert.Equal(four.TrainRows, five.TrainRows);
        Assert.Equal(four.Are, five.Are);
        Assert.DoesNotContain(30e9, five.Sizes);
    }

    [Fact]
    public void The_target_is_175b_scored_on_its_last_30_percent()
    {
        var family = StudyData.OptGrid;

        Assert.Equal(("OPT", "OPT-175b", 175e9), (family.Family, family.Target, family.TargetParams));
        var last = StudyData.Opt.Rows.Where(r => r.Params == 175e9).Max(r => r.Tokens);
        Assert.Equal(StudyData.Opt.Rows.Count(r => r.Params == 175e9 && r.Tokens >= 0.7 * last), family.TestRows);
    }

    [Fact]
    public void Without_the_10B_cut_the_no_cut_figure_is_reproduced()
    {
        var study = new EvaluationStudy(new EvaluationSettings { MinTokens = 0, ModelCounts = [3, 5] }).Run(StudyData.Opt).Families.Single();

        study.AssertPublishedRow(5, HitchhikerTables.OptNoCutK5, "OPT no cut,");
        StudyData.AssertPublished(study.Cell(3, 0.1), HitchhikerTables.OptNoCutK3.First, "OPT no cut, k = 3, p = 0.1");
        StudyData.AssertPublished(study.Cell(3, 1.0), HitchhikerTables.OptNoCutK3.Last, "OPT no cut, k = 3, p = 1");
    }
}
