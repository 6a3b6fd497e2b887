namespace ScalingLaws.Tests.IO.Datasets;

/// <summary>pythia against its raw files and the final values in shared/data/README.md.</summary>
public sealed class PythiaDatasetTests
{
    [Fact]
    public void Families_v1_and_v0_standard_and_deduped()
    {
        var table = SharedDatasets.Load("pythia");

        var families = SharedDatasets.Families(table);
        Assert.Equal(192, families["Pythia"]);             // 8 sizes × 24 trained checkpoints
        Assert.Equal(192, families["Pythia-deduped"]);
        Assert.Equal(75, families["Pythia-v0"]);           // 5 sizes × 15 checkpoints
        Assert.Equal(75, families["Pythia-v0-deduped"]);
        Assert.Equal(534, table.Count);
        Assert.Equal(8, table.Rows.Where(r => r.Family == "Pythia").Select(r => r.Params).Distinct().Count());
        Assert.Equal(5, table.Rows.Where(r => r.Family == "Pythia-v0").Select(r => r.Params).Distinct().Count());
    }

    [Fact]
    public void Untrained_steps_are_dropped()
    {
        var table = SharedDatasets.Load("pythia");

        Assert.All(table.Rows, r => Assert.True(r.Tokens > 0 && r.Step > 2, $"{r.Model} step {r.Step}"));
        Assert.Equal(4, table.Rows.Where(r => r.Family == "Pythia").Min(r => r.Step));
    }

    [Theory]
    [InlineData("pythia-70m", 142.43)]
    [InlineData("pythia-160m", 38.06)]
    [InlineData("pythia-410m", 10.83)]
    [InlineData("pythia-1b-bf16", 7.92)]
    [InlineData("pythia-1.4b", 6.09)]
    [InlineData("pythia-2.8b", 5.04)]
    [InlineData("pythia-6.9b", 4.45)]
    [InlineData("pythia-12b", 3.92)]
    public void Final_v1_loss_is_log2_of_the_lambada_perplexity(string model, double finalPerplexity)
    {
        var final = SharedDatasets.Load("pythia").Rows.Where(r => r.Model == model).MaxBy(r => r.Step);

        Assert.Equal(143000, final.Step);
        Assert.Equal(299_892_736_000, final.Tokens);
        // The README rounds the perplexity to 2 decimals: ±0.005 in perplexity.
        Assert.Equal(Math.Log2(finalPerplexity), final.Loss, 0.005 / finalPerplexity / Math.Log(2));
    }

    [Theory]
    [InlineData("pythia-160m-v0", 32.12)]
    [InlineData("pythia-12b-v0", 11.36)]
    public void Final_v0_loss_is_log2_of_the_wikitext_word_perplexity(string model, double finalPerplexity)
    {
        var final = SharedDatasets.Load("pythia").Rows.Where(r => r.Model == model).MaxBy(r => r.Tokens);

        Assert.Equal(299_892_736_000, final.Tokens);
        Assert.Equal(Math.Log2(finalPerplexity), final.Loss, 0.005 / finalPerplexity / Math.Log(2));
    }

    [Fact]
    public void V0_160m_410m_and_1_4b_had_4M_token_batches()
    {
        var table = SharedDatasets.Load("pythia");
        var raw = SharedDatasets.Raw("pythia/pythia_v0_wikitext.csv");

        foreach (var r in table.Rows.Where(r => r.Family!.StartsWith("Pythia-v0", StringComparison.Ordinal)))
        {
            var large = r.Model!.StartsWith("pythia-160m", StringComparison.Ordinal)
                        || r.Model.StartsWith("pythia-410m", StringComparison.Ordinal)
                        || r.Model.StartsWith("pythia-1.4b", StringComparison.Ordinal);
            Assert.Equal(r.Step * (large ? 4_194_304 : 2_097_152), r.Tokens);
            Assert.Equal(SharedDatasets.Number(raw[r.SourceRow - 1]["tokens"]), r.Tokens);
        }
        var v0Small = table.Rows.Where(r => r.Model == "pythia-160m-v0").ToList();
        Assert.Equal(71500, v0Small.Max(r => r.Step));
        Assert.All(v0Small, r => Assert.Equal(r.Step * 4_194_304, r.Tokens));
    }

    [Fact]
    public void V1_tokens_are_steps_of_2M_and_N_is_the_total_count()
    {
        var table = SharedDatasets.Load("pythia");
        var raw = SharedDatasets.Raw("pythia/pythia_v1_lambada.csv");

        foreach (var r in table.Rows.Where(r => r.Family is "Pythia" or "Pythia-deduped"))
        {
            var row = raw[r.SourceRow - 1];
            Assert.Equal(r.Step * 2_097_152, r.Tokens);
            Assert.Equal(SharedDatasets.Number(row["tokens"]), r.Tokens);
            Assert.Equal(SharedDatasets.Number(row["params"]), r.Params);
            Assert.Equal(Math.Log2(SharedDatasets.Number(row["lambada_ppl"])), r.Loss, 1e-15);
        }
        Assert.Equal(11_846_072_320, table.Rows.Max(r => r.Params));
        Assert.Equal(70_426_624, table.Rows.Min(r => r.Params));
    }
}
