namespace ScalingLaws.Tests.Estimation;

/// <summary>The Hitchhiker's GPT-3 table (target 175B, digitised val_loss): every published cell k = 3 … 7 × p = 0.1 … 1.0.</summary>
public sealed class Gpt3ReproductionTests
{
    public static TheoryData<int> Rows => [3, 4, 5, 6, 7];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_published_cell_of_row_k_is_reproduced(int k)
    {
        StudyData.Gpt3Grid.AssertPublishedRow(k, HitchhikerTables.Gpt3[k], "GPT-3");
    }

    [Fact]
    public void Every_size_below_the_target_is_a_row_and_every_window_holds_all_k_sizes()
    {
        var family = StudyData.Gpt3Grid;

        Assert.Equal([2, 3, 4, 5, 6, 7], family.Cells.Select(c => c.K).Distinct());
        Assert.All(family.Cells, c => Assert.Equal(c.K, c.Models));
        Assert.Equal("GPT-3 175b", family.Target);
    }
}
