using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Tests.IO.Datasets;

public sealed class DatasetCatalogTests
{
    [Fact]
    public void The_catalog_has_the_eight_datasets_in_order()
    {
        Assert.Equal(["chinchilla", "opt", "gpt3", "t5-pile", "olmo", "datablations", "pythia", "pythia-tasks"], DatasetCatalog.All.Select(d => d.Name));
    }

    [Fact]
    public void Every_dataset_says_its_loss_source_licence_and_files()
    {
        Assert.All(DatasetCatalog.All, d =>
        {
            foreach (var text in new[] { d.Title, d.Loss, d.Source, d.Licence, d.Notes })
                Assert.False(string.IsNullOrWhiteSpace(text), d.Name);
            Assert.Matches(@"\(commit [0-9a-f]{7}\)", d.Source);
            Assert.NotEmpty(d.Files);
            Assert.All(d.Files, f => Assert.True(File.Exists(Path.Combine(SharedDatasets.Directory, f)), $"{d.Name}: {f}"));
        });
        Assert.Contains("perplexity", DatasetCatalog.Find("opt").Loss);
        Assert.Contains("log2", DatasetCatalog.Find("t5-pile").Loss);
        Assert.Contains("nats", DatasetCatalog.Find("gpt3").Loss);
        Assert.Equal("Apache-2.0", DatasetCatalog.Find("pythia").Licence);
        Assert.StartsWith("MIT", DatasetCatalog.Find("olmo").Licence);
    }

    [Theory]
    [InlineData("OPT", "opt")]
    [InlineData(" Pythia ", "pythia")]
    [InlineData("t5-pile", "t5-pile")]
    public void Find_ignores_case_and_spaces(string given, string expected)
    {
        Assert.Equal(expected, DatasetCatalog.Find(given).Name);
    }

    [Theory]
    [InlineData("chinchilla-epoch", "unknown dataset 'chinchilla-epoch' (did you mean 'chinchilla'? 'chinchilla-epoch' is the folder of its files); the datasets are chinchilla,")]
    [InlineData("pythia-curves", "unknown dataset 'pythia-curves': 'pythia-curves' is a dataset of loss curves, which 'scaling curve' and 'scaling plot curve' read; the datasets are")]
    [InlineData("porian", "unknown dataset 'porian': 'porian' is a file of the data folder, read as FILE: give its path (see 'scaling datasets show porian')")]
    [InlineData("colpret", "unknown dataset 'colpret'; the datasets are")]
    public void An_unknown_name_says_what_it_most_likely_is(string name, string expected)
    {
        Assert.StartsWith(expected, Assert.Throws<ScalingLawsException>(() => DatasetCatalog.Find(name)).Message);
    }

    [Fact]
    public void A_loss_curve_name_that_is_a_dataset_of_runs_says_so()
    {
        var e = Assert.Throws<ScalingLawsException>(() => CurveDatasetCatalog.Find("OPT"));

        Assert.StartsWith("unknown loss-curve dataset 'OPT': 'OPT' is a dataset of runs", e.Message);
        Assert.Contains("(did you mean 'multipower-25M'?)", Assert.Throws<ScalingLawsException>(() => CurveDatasetCatalog.Find("multipower-25")).Message);
    }

    [Fact]
    public void An_unknown_name_lists_the_names()
    {
        var e = Assert.Throws<ScalingLawsException>(() => DatasetCatalog.Find("pythai"));

        Assert.Contains("unknown dataset 'pythai'", e.Message);
        Assert.Contains("did you mean 'pythia'", e.Message);
        foreach (var d in DatasetCatalog.All)
            Assert.Contains(d.Name, e.Message);
        Assert.Throws<ScalingLawsException>(() => DatasetCatalog.Load("nope", SharedDatasets.Directory));
    }

    [Fact]
    public void A_missing_file_is_named_with_its_source()
    {
        using var temp = new TempFolder();

        var e = Assert.Throws<ScalingLawsException>(() => DatasetCatalog.Load("gpt3", temp.FullName));

        Messages.AssertOneLine(e.Message, Path.Combine(temp.FullName, "colpret", "gpt3_metadata.csv"), "IBM/ColPret");
    }

    [Fact]
    public void A_missing_folder_is_an_error()
    {
        var e = Assert.Throws<ScalingLawsException>(() => DatasetCatalog.Load("opt", Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N"))));

        Assert.Contains("no such folder", e.Message);
    }

    [Fact]
    public void A_file_with_another_layout_names_the_missing_column()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.FullName, "colpret"));
        File.WriteAllText(Path.Combine(temp.FullName, "colpret", "opt_trajectories.csv"), "model_size,steps,loss\n125m,2000,3.5\n");

        var e = Assert.Throws<global::ScalingLaws.IO.DataFileException>(() => DatasetCatalog.Load("opt", temp.FullName));

        Assert.Contains("no column 'ppl'", e.Message);
    }

    [Fact]
    public void Files_says_which_are_present()
    {
        using var temp = new TempFolder();

        Assert.All(DatasetCatalog.Files("pythia", SharedDatasets.Directory), f => Assert.True(f.Present));
        Assert.All(DatasetCatalog.Files("pythia", temp.FullName), f => Assert.False(f.Present));
    }

    /// <summary>The tables of training losses (pythia-tasks holds benchmark scores).</summary>
    public static TheoryData<string> LossTables => [.. SharedDatasets.Counts.Keys];

    [Theory]
    [MemberData(nameof(LossTables))]
    public void Every_table_is_canonical(string name)
    {
        var table = SharedDatasets.Load(name);

        SharedDatasets.AssertCanonical(table);
        Assert.Equal($"dataset {name}", table.Source);
        Assert.NotEmpty(table.Notes);
    }

    [Theory]
    [MemberData(nameof(LossTables))]
    public void Row_and_family_counts(string name)
    {
        var table = SharedDatasets.Load(name);
        var (rows, families) = SharedDatasets.Counts[name];

        Assert.Equal(rows, table.Count);
        Assert.Equal(families, SharedDatasets.Families(table).Count);
    }
}
