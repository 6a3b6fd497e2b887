using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.IO;
using ScalingLaws.IO.Datasets;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Data;

/// <summary><see cref="PoolingCheck"/> on real tables (Porian, Pythia, Chinchilla) and on sweeps drawn from known laws.</summary>
public sealed class PoolingCheckTests
{
    private static readonly string Porian = Path.Combine(TestData.SharedData, "porian", "isoflop_points.csv");

    [Fact]
    public void Porians_whole_file_is_fifteen_configurations_by_source_and_config_index()
    {
        var diagnostic = PoolingCheck.Inspect(TableReader.Read(Porian));

        Assert.NotNull(diagnostic);
        Assert.Equal(PoolingKind.Configurations, diagnostic.Kind);
        Assert.Equal(["source", "config_index"], diagnostic.Columns);
        Assert.Equal(15, diagnostic.Groups.Count);
        Assert.Equal(1745, diagnostic.Groups.Sum(g => g.Rows));
        Assert.Contains(diagnostic.Groups, g => g is { Name: "summary_df/4", Rows: 121 });
        // Measured: 2.3; the threshold is 1.5.
        Assert.InRange(diagnostic.ResidualRatio, 2.0, 2.6);
    }

    [Fact]
    public void One_porian_configuration_is_not_pooled()
    {
        var porian = TableReader.Read(Porian);
        var config = porian.Select(
            [.. Enumerable.Range(0, porian.Count).Where(i => porian.Extra["source"][i] == "summary_df" && porian.Extra["config_index"][i] == "4")]);

        Assert.Equal(121, config.Count);
        Assert.Null(PoolingCheck.Inspect(config));
    }

    [Fact]
    public void The_chinchilla_extraction_with_its_colour_columns_is_one_group()
    {
        var chinchilla = TableReader.Read(ChinchillaEpoch.Path);

        Assert.Null(PoolingCheck.Inspect(chinchilla));
    }

    [Fact]
    public void Pythias_lambada_and_wikitext_families_are_different_losses()
    {
        var info = DatasetCatalog.Find("pythia");

        var diagnostic = PoolingCheck.Inspect(SharedDatasets.Load("pythia"), info.LossByFamily);

        Assert.NotNull(diagnostic);
        Assert.Equal(PoolingKind.DifferentLosses, diagnostic.Kind);
        Assert.Equal(["Pythia", "Pythia-deduped", "Pythia-v0", "Pythia-v0-deduped"], diagnostic.Groups.Select(g => g.Name).Order());
        Assert.Equal("log2(wikitext word perplexity)", diagnostic.Groups.Single(g => g.Name == "Pythia-v0").Loss);
    }

    [Fact]
    public void Families_with_one_loss_are_pooled_families_not_different_losses()
    {
        var pythia = SharedDatasets.Load("pythia");
        var lambada = pythia.Where(r => r.Family is "Pythia" or "Pythia-deduped");

        var diagnostic = PoolingCheck.Inspect(lambada, DatasetCatalog.Find("pythia").LossByFamily);

        Assert.Equal(PoolingKind.Families, diagnostic!.Kind);
        Assert.Equal([192, 192], diagnostic.Groups.Select(g => g.Rows));
    }

    [Fact]
    public void A_seed_column_over_one_law_is_not_a_configuration()
    {
        var sweep = Labelled(Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01, seed: 3, sizes: 8, tokenCounts: 9), i => $"seed{i % 3}");

        Assert.Null(PoolingCheck.Inspect(sweep));
    }

    [Fact]
    public void Two_settings_with_different_irreducible_losses_are_configurations()
    {
        // The same sweep twice, the second with E raised from 1.8 to 2.1 (e.g. a different validation set).
        var low = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01, seed: 3, sizes: 8, tokenCounts: 9);
        var high = Synthetic.Sweep(ChinchillaLaw.Instance, [2.1, 400, 1500, 0.33, 0.3], sigma: 0.01, seed: 4, sizes: 8, tokenCounts: 9);
        var both = Labelled(new ObservationTable(low.Rows.Concat(high.Rows), "two settings"), i => i < low.Count ? "val-a" : "val-b");

        var diagnostic = PoolingCheck.Inspect(both);

        Assert.Equal(PoolingKind.Configurations, diagnostic!.Kind);
        Assert.Equal(["setting"], diagnostic.Columns);
        Assert.True(diagnostic.ResidualRatio >= PoolingCheck.VisibleRatio, $"ratio {diagnostic.ResidualRatio}");
    }

    [Fact]
    public void A_vocabulary_that_lifts_every_loss_above_the_others_is_a_configuration_not_a_loss_label()
    {
        // The same models with a larger vocabulary whose E is higher by more than the first group's range of losses,
        // so every loss of the second group is above every loss of the first.
        var small = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.005, seed: 3, sizes: 5, tokenCounts: 5);
        var lift = small.Rows.Max(r => r.Loss) - small.Rows.Min(r => r.Loss) + 0.1;
        var large = Synthetic.Sweep(ChinchillaLaw.Instance, [1.8 + lift, 400, 1500, 0.33, 0.3], sigma: 0.005, seed: 4, sizes: 5, tokenCounts: 5);
        Assert.True(large.Rows.Min(r => r.Loss) > small.Rows.Max(r => r.Loss));
        var both = Labelled(new ObservationTable(small.Rows.Concat(large.Rows), "two vocabularies"), i => i < small.Count ? "32000" : "256000", column: "vocab_size");

        var diagnostic = PoolingCheck.Inspect(both);

        Assert.Equal(PoolingKind.Configurations, diagnostic!.Kind);
        Assert.Equal(["vocab_size"], diagnostic.Columns);
        Assert.Equal([25, 25], diagnostic.Groups.Select(g => g.Rows));
    }

    [Fact]
    public void Two_tokenizers_of_eight_runs_each_are_configurations()
    {
        var gpt2 = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.005, seed: 3, sizes: 4, tokenCounts: 2);
        var llama = new ObservationTable(gpt2.Rows.Select(r => r with { Loss = 0.85 * r.Loss }));
        var both = Labelled(new ObservationTable(gpt2.Rows.Concat(llama.Rows), "two tokenizers"), i => i < gpt2.Count ? "gpt2" : "llama", column: "tokenizer");

        var diagnostic = PoolingCheck.Inspect(both);

        Assert.Equal(["tokenizer"], diagnostic!.Columns);
        Assert.Equal([8, 8], diagnostic.Groups.Select(g => g.Rows));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Seeds_in_groups_of_eight_rows_are_not_configurations(int seed)
    {
        // Three seeds of the same 8-run sweep: only noise tells the groups apart, and the F-test does not call it a difference.
        var runs = Enumerable.Range(0, 3).SelectMany(s => Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01, seed: 10 * seed + s, sizes: 4, tokenCounts: 2).Rows).ToList();
        var seeds = Labelled(new ObservationTable(runs, "seeds"), i => $"s{i / 8}", column: "replica");

        Assert.Null(PoolingCheck.Inspect(seeds));
    }

    [Fact]
    public void A_column_that_labels_compute_budgets_is_not_a_configuration()
    {
        var sweep = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01, seed: 3, sizes: 8, tokenCounts: 9);
        var labelled = Labelled(sweep, i => sweep[i].Tokens < 1e9 ? "small" : "large", column: "data");

        Assert.Null(PoolingCheck.Inspect(labelled));
    }

    private static ObservationTable Labelled(ObservationTable table, Func<int, string> label, string column = "setting") =>
        new(table.Rows, table.Source,
            ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add(column, [.. Enumerable.Range(0, table.Count).Select(label)]));
}
