namespace ScalingLaws.Tests.IO.Datasets;

/// <summary>t5-pile and olmo against their raw files (shared/data/README.md).</summary>
public sealed class T5OlmoDatasetTests
{
    [Fact]
    public void T5_uses_ColPret_sizes_and_drops_step_0()
    {
        var table = SharedDatasets.LoadFamily("t5-pile", 803, "T5-Pile"); // 807 rows less 4 step-0 rows

        var sizes = SharedDatasets.SizeOfEachModel(table);
        Assert.Equal(247_586_304, sizes["T5-Pile-base"]);
        Assert.Equal(783_173_632, sizes["T5-Pile-large"]);
        Assert.Equal(2_849_804_288, sizes["T5-Pile-xl"]);
        Assert.Equal(11_135_426_560, sizes["T5-Pile-xxl"]);
        Assert.All(table.Rows, r => Assert.True(r.Step > 0));
    }

    [Fact]
    public void T5_loss_is_log2_val_perplexity_and_rows_are_sorted()
    {
        var table = SharedDatasets.Load("t5-pile");
        var raw = SharedDatasets.Raw("colpret/t5_pile.csv");

        foreach (var r in table.Rows)
        {
            var row = raw[r.SourceRow - 1];
            Assert.Equal(Math.Log2(SharedDatasets.Number(row["val_perplexity"])), r.Loss, 1e-15);
            Assert.Equal(SharedDatasets.Number(row["steps"]) * 1e6, r.Tokens);
        }
        Assert.InRange(table.Rows.Min(r => r.Loss), 0.04, 0.06); // README: 0.05–0.11 after the start
        Assert.InRange(table.Rows.Max(r => r.Loss), 0.10, 0.12);
        var order = table.Rows.Select(r => (r.Params, r.Step)).ToList();
        Assert.Equal(order.OrderBy(o => o.Params).ThenBy(o => o.Step), order);
    }

    [Fact]
    public void Olmo_is_1B_and_7B_with_the_trailing_space_trimmed()
    {
        var table = SharedDatasets.LoadFamily("olmo", 1264, "OLMo");

        var perModel = table.Rows.GroupBy(r => r.Model).ToDictionary(g => g.Key!, g => g.ToList());
        Assert.Equal(["OLMo-1B", "OLMo-7B"], perModel.Keys.Order());
        Assert.Equal(735, perModel["OLMo-1B"].Count);
        Assert.Equal(529, perModel["OLMo-7B"].Count);
        Assert.All(perModel["OLMo-1B"], r => Assert.Equal(1e9, r.Params));
        Assert.All(perModel["OLMo-7B"], r => Assert.Equal(7e9, r.Params));
        Assert.Equal((1000, 738000), (perModel["OLMo-1B"].Min(r => r.Step), perModel["OLMo-1B"].Max(r => r.Step)));
        Assert.Equal((21000, 556000), (perModel["OLMo-7B"].Min(r => r.Step), perModel["OLMo-7B"].Max(r => r.Step)));
        Assert.All(table.Rows, r => Assert.Equal(r.Step * 4e6, r.Tokens));
        Assert.Contains(table.Notes, n => n.Contains("444 OLMo-7B-Twin-2T", StringComparison.Ordinal));
    }

    [Fact]
    public void Olmo_loss_is_the_mean_of_the_rows_cross_entropy_columns()
    {
        var table = SharedDatasets.Load("olmo");
        var raw = SharedDatasets.Raw("colpret/olmo.csv");

        var counts = new HashSet<int>();
        foreach (var r in table.Rows)
        {
            var values = raw[r.SourceRow - 1].Where(kv => kv.Key.Contains("CrossEntropyLoss") && kv.Value.Length > 0)
                .Select(kv => SharedDatasets.Number(kv.Value)).ToList();
            counts.Add(values.Count);
            Assert.Equal(values.Average(), r.Loss, 1e-12);
        }
        Assert.True(counts.Count > 1, "the set of CrossEntropyLoss columns varies from row to row");
    }
}
