using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Tests.IO.Datasets;

/// <summary>datasets.json, the one table of what each fixed-name dataset is.</summary>
public sealed class DatasetDescriptionsTests
{
    [Fact]
    public void The_table_describes_exactly_the_catalog_and_file_datasets()
    {
        var served = DatasetCatalog.All.Concat(FileDatasets.All).Select(d => d.Name).Order(StringComparer.Ordinal);

        Assert.Equal(served, DatasetDescriptions.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_description_takes_the_files_its_loader_reads()
    {
        var info = DatasetDescriptions.For("opt", ["a.csv", "b.csv"]);

        Assert.Equal(["a.csv", "b.csv"], info.Files);
        Assert.Equal("OPT 125m–175b training trajectories (Xia et al. 2023)", info.Title);
        Assert.Null(info.LossByFamily);
        Assert.Equal(16, DatasetDescriptions.For("datablations", []).LossByFamily!.Count);
    }
}
