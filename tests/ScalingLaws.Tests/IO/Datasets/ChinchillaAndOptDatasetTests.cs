namespace ScalingLaws.Tests.IO.Datasets;

/// <summary>chinchilla and opt against their raw files (shared/data/README.md).</summary>
public sealed class ChinchillaAndOptDatasetTests
{
    [Fact]
    public void Chinchilla_has_245_rows_43_models_and_D_is_C_over_6N()
    {
        var table = SharedDatasets.LoadFamily("chinchilla", 245, "Chinchilla");
        var raw = SharedDatasets.Raw("chinchilla-epoch/svg_extracted_data.csv");

        Assert.Equal(43, table.Rows.Select(r => r.Model).Distinct().Count()); // N rounded to 1e7, as ColPret groups them
        Assert.Equal(142, table.Rows.Select(r => r.Params).Distinct().Count()); // the float N is kept
        foreach (var r in table.Rows)
        {
            var row = raw[r.SourceRow - 1];
            Assert.Equal(SharedDatasets.Number(row["Model Size"]), r.Params);
            Assert.Equal(SharedDatasets.Number(row["Training FLOP"]), r.Flops);
            Assert.Equal(SharedDatasets.Number(row["loss"]), r.Loss);
            Assert.Equal(r.Flops / (6 * r.Params), r.Tokens, 1e-12 * r.Tokens);
        }
        // README: D from 2.45e8 to 3.18e11 (three significant figures).
        Assert.Equal(2.45e8, table.Rows.Min(r => r.Tokens), 0.005e8);
        Assert.Equal(3.18e11, table.Rows.Max(r => r.Tokens), 0.005e11);
    }

    [Fact]
    public void Opt_tokens_reproduce_num_token()
    {
        var table = SharedDatasets.Load("opt");
        var raw = SharedDatasets.Raw("colpret/opt_trajectories.csv");

        Assert.Equal(142, table.Count);
        foreach (var r in table.Rows)
        {
            var row = raw[r.SourceRow - 1];
            var expected = Math.Pow(10, SharedDatasets.Number(row["num_token"]));
            Assert.True(Math.Abs(r.Tokens / expected - 1) <= 1e-6, $"row {r.SourceRow}: {r.Tokens:R} vs 10^num_token {expected:R}");
            Assert.Equal(SharedDatasets.Number(row["ppl"]), r.Loss); // raw perplexity, not a log
            Assert.Equal(SharedDatasets.Number(row["steps"]), r.Step);
        }
    }

    [Fact]
    public void Opt_has_six_nominal_sizes_and_their_checkpoints()
    {
        var table = SharedDatasets.Load("opt");
        var bySize = table.Rows.GroupBy(r => r.Params).ToDictionary(g => g.Key, g => g.ToList());

        Assert.All(table.Rows, r => Assert.Equal("OPT", r.Family));
        Assert.Equal([125e6, 1.3e9, 6.7e9, 13e9, 30e9, 175e9], bySize.Keys.Order());
        Assert.Equal([36, 22, 21, 18, 15, 30], bySize.OrderBy(kv => kv.Key).Select(kv => kv.Value.Count));
        Assert.Equal(30, table.Rows.Count(r => r.Model == "OPT-175b"));
        foreach (var (size, rows) in bySize)
            Assert.Equal(size == 1.3e9 ? 2.6e11 : 2.8e11, rows.Max(r => r.Tokens), 1e-6 * 2.8e11);
        Assert.InRange(table.Rows.Min(r => r.Loss), 9.76, 9.78);
        Assert.InRange(table.Rows.Max(r => r.Loss), 67.5, 67.6);
    }
}
