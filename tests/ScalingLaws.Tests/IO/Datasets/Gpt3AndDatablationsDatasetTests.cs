namespace ScalingLaws.Tests.IO.Datasets;

/// <summary>gpt3 and datablations against their raw files (shared/data/README.md).</summary>
public sealed class Gpt3AndDatablationsDatasetTests
{
    [Fact]
    public void Gpt3_keeps_the_6506_val_rows_of_8_models()
    {
        var table = SharedDatasets.LoadFamily("gpt3", 6506, "GPT-3");

        var perModel = table.Rows.GroupBy(r => r.Model).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(8, perModel.Count);
        Assert.Equal(578, perModel["GPT-3 small"]);
        Assert.Equal(1111, perModel["GPT-3 175b"]);
        // README: val_loss from 1.78 to 3.50 (rounded to 2 decimals).
        Assert.Equal(1.78, Math.Round(table.Rows.Min(r => r.Loss), 2));
        Assert.Equal(3.50, Math.Round(table.Rows.Max(r => r.Loss), 2));
    }

    [Fact]
    public void Gpt3_tokens_are_billions_and_N_comes_from_the_metadata()
    {
        var table = SharedDatasets.Load("gpt3");
        var raw = SharedDatasets.Raw("colpret/gpt3_extracted.csv");

        var sizes = SharedDatasets.SizeOfEachModel(table);
        Assert.Equal(125e6, sizes["GPT-3 small"]);
        Assert.Equal(350e6, sizes["GPT-3 medium"]);
        Assert.Equal(760e6, sizes["GPT-3 large"]);
        Assert.Equal(1.3e9, sizes["GPT-3 xl"]);
        Assert.Equal(2.7e9, sizes["GPT-3 2.7b"]);
        Assert.Equal(6.7e9, sizes["GPT-3 6.7b"]);
        Assert.Equal(13e9, sizes["GPT-3 13b"]);
        Assert.Equal(175e9, sizes["GPT-3 175b"]);
        foreach (var r in table.Rows)
        {
            var row = raw[r.SourceRow - 1];
            Assert.Equal(SharedDatasets.Number(row["step"]) * 1e9, r.Tokens);
            Assert.Equal(SharedDatasets.Number(row["val_loss"]), r.Loss);
            Assert.True(double.IsNaN(r.Step)); // the step column holds tokens, not steps
        }
        Assert.Equal(9.55e9, table.Rows.Min(r => r.Tokens), 0.01e9);
        Assert.Equal(300e9, table.Rows.Max(r => r.Tokens), 0.001 * 300e9); // the digitised val curves end at 299.8B
    }

    [Fact]
    public void Datablations_has_48_runs_in_16_families_of_3_sizes()
    {
        var table = SharedDatasets.Load("datablations");

        Assert.Equal(9261, table.Count);
        Assert.Equal(48, table.Rows.Select(r => r.Model).Distinct().Count());
        var families = table.Rows.GroupBy(r => r.Family!).ToList();
        Assert.Equal(16, families.Count);
        foreach (var data in new[] { "c4", "oscar" })
        {
            foreach (var epochs in new[] { 1, 2, 3, 4, 5, 7, 14, 44 })
                Assert.Contains(families, f => f.Key == $"GPT2-{data}-{epochs}");
        }
        Assert.All(families, f => Assert.Equal([2.8e9, 4.2e9, 8.7e9], f.Select(r => r.Params).Distinct().Order()));
        // README: final token budgets 5.5e10 (2.8B), 8.4e10 (4.2B) and 1.78e11 (8.7B); a few runs stop up to 0.5% short.
        foreach (var run in table.Rows.GroupBy(r => r.Model))
        {
            var expected = run.First().Params switch { 2.8e9 => 5.5e10, 4.2e9 => 8.4e10, _ => 1.78e11 };
            Assert.Equal(expected, run.Max(r => r.Tokens), 0.01 * expected);
        }
    }

    [Fact]
    public void Datablations_tokens_and_loss_are_the_files_and_its_flops_are_ignored()
    {
        var table = SharedDatasets.Load("datablations");
        var raw = SharedDatasets.Raw("colpret/datablations_losses.csv");

        Assert.Equal(raw.Count, table.Count); // no final newline: the last row is read too
        foreach (var r in table.Rows)
        {
            var row = raw[r.SourceRow - 1];
            Assert.Equal(SharedDatasets.Number(row["token_num"]), r.Tokens);
            Assert.Equal(SharedDatasets.Number(row["loss"]), r.Loss);
            Assert.Equal($"GPT2-{row["data"]}-{row["epochs"]}", r.Family);
        }
        Assert.NotEqual(SharedDatasets.Number(raw[0]["flops"]), table[0].Flops, 1e20);
    }
}
