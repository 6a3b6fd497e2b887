using ScalingLaws.Data;
using ScalingLaws.IO;
using ScalingLaws.Simulation;

namespace ScalingLaws.Tests.IO;

public sealed class TableWriterTests
{
    [Fact]
    public void A_written_table_reads_back_unchanged()
    {
        using var folder = new TempFolder();
        var table = SweepSimulator.Simulate(SweepDesign.Chinchilla, seed: 4);
        var path = Path.Combine(folder.FullName, "runs.csv");

        TableWriter.WriteCsv(path, table);
        var read = TableReader.Read(path);

        Assert.Equal(table.Count, read.Count);
        for (var i = 0; i < table.Count; i++)
            Assert.Equal(table[i] with { SourceRow = i + 1 }, read[i]);
    }

    [Fact]
    public void Names_with_commas_and_quotes_survive()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.FullName, "names.csv");
        var table = new ObservationTable([new Observation(1e8, 2e9, 1.2e18, 3.5, "a, \"quoted\" model", "fam\nily", double.NaN, 1)]);

        TableWriter.WriteCsv(path, table);

        Assert.Equal(table[0], TableReader.Read(path)[0]);
    }

    [Fact]
    public void Unique_tokens_are_written_when_the_table_has_them()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.FullName, "repeated.csv");
        var table = new ObservationTable([new Observation(1e8, 2e9, 1.2e18, 3.5, "m", "f", double.NaN, 1, UniqueTokens: 5e8)]);

        TableWriter.WriteCsv(path, table);

        Assert.EndsWith(",unique_tokens", File.ReadLines(path).First());
        Assert.Equal(table[0], TableReader.Read(path)[0]);
    }
}
