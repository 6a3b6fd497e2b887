using ScalingLaws.IO;
using ScalingLaws.IO.LawFiles;
using ScalingLaws.Tests.Hostile;

namespace ScalingLaws.Tests.IO;

/// <summary>The readers' and the output guard's answers to inputs that are not what they seem, without a process per case.</summary>
public sealed class HostileInputTests : WithTempFolder
{
    [Fact]
    public void File_kinds_are_told_apart_without_opening_anything()
    {
        Assert.Equal(FileKind.Regular, FileKinds.Of(temp.Write("runs.csv", "params,tokens,loss\n")));
        Assert.Equal(FileKind.Directory, FileKinds.Of(temp.FullName));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.Fifo, FileKinds.Of(SpecialFiles.Fifo(Path.Combine(temp.FullName, "pipe.csv"))));
        Assert.Equal(FileKind.Socket, FileKinds.Of(SpecialFiles.Socket(Path.Combine(temp.FullName, "socket.csv"))));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(temp.FullName, "none.csv")));
        Assert.Equal(FileKind.Missing, FileKinds.Of(""));
    }

    [Fact]
    public async Task A_fifo_given_as_a_table_is_refused_at_once_instead_of_waiting_for_a_writer()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(temp.FullName, "runs.csv"));

        var error = await Task.Run(() => Assert.Throws<DataFileException>(() => TableReader.Read(fifo))).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal($"{fifo}: this is a FIFO (named pipe), not a regular file; give the path of a .csv, .tsv, .jsonl or .parquet file, or an MLflow or W&B run folder, or - to read standard input", error.Message);
    }

    [Fact]
    public void An_output_through_a_link_to_an_input_is_the_input()
    {
        var runs = temp.Write("runs.csv", "params,tokens,loss\n");
        var link = SpecialFiles.Link(Path.Combine(temp.FullName, "fit.json"), runs);

        var error = Assert.Throws<ScalingLawsException>(() => AtomicFile.CheckTarget(link, OutputKind.LawFile, [runs]));

        Assert.Contains($"this is {runs}, which the command reads", error.Message);
        Assert.Equal("params,tokens,loss\n", File.ReadAllText(runs));
    }

    [Theory]
    [InlineData("fit.csv", false, "a law file is JSON, not '.csv'; give a file name ending in .json, or add --force")]
    [InlineData("", false, "the file name is empty")]
    [InlineData("no-folder/fit.json", false, "there is no folder")]
    public void Bad_output_names_are_refused_before_any_work(string name, bool force, string fragment)
    {
        var path = name.Length == 0 ? "" : Path.Combine(temp.FullName, name);

        var error = Assert.Throws<ScalingLawsException>(() => AtomicFile.CheckTarget(path, OutputKind.LawFile, [], force));

        Assert.Contains(fragment, error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.FullName));
    }

    [Fact]
    public void Force_keeps_an_unusual_name_but_never_a_device_or_a_read_only_file()
    {
        AtomicFile.CheckTarget(Path.Combine(temp.FullName, "fit.txt"), OutputKind.LawFile, [], force: true);
        var readOnly = SpecialFiles.ReadOnly(Path.Combine(temp.FullName, "old.json"), "keep");

        Assert.Contains("device", Assert.Throws<ScalingLawsException>(() => AtomicFile.CheckTarget("/dev/full", OutputKind.LawFile, [], force: true)).Message);
        Assert.Contains("read-only", Assert.Throws<ScalingLawsException>(() => AtomicFile.CheckTarget(readOnly, OutputKind.LawFile, [])).Message);
        Assert.Contains("device", Assert.Throws<ScalingLawsException>(() => AtomicFile.WriteAllText("/dev/null", "x")).Message);
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
        Assert.Equal("keep", File.ReadAllText(readOnly));
    }

    [Theory]
    [InlineData("params;tokens;loss\n1e8;2e9;3.5\n", "the header looks semicolon-separated; use --delimiter ';'")]
    [InlineData("params|tokens|loss\n1e8|2e9|3.5\n", "the header looks pipe-separated; use --delimiter '|'")]
    [InlineData("params,tokens,loss\n1e8,2e9,\"3,5\"\n", "row 1, column 'loss': '3,5' is not a number; it has a decimal comma; write it with a point, 3.5")]
    [InlineData("params,tokens,loss\n1e8,2e9,\u0000\n", "not a text table")]
    public void Wrong_delimiters_decimal_commas_and_binary_files_are_named(string content, string fragment)
    {
        var error = Assert.Throws<DataFileException>(() => TableReader.Read(temp.Write("runs.csv", content)));

        Assert.Contains(fragment, error.Message);
    }

    [Fact]
    public void Another_delimiter_and_grouped_sizes_are_read_when_asked()
    {
        var path = temp.Write("runs.csv", "params;tokens;loss\n\"1,000,000,000\";20 B;3.5\n2e9;20B;3.25\n");

        var table = TableReader.Read(path, new ReadOptions { Delimiter = ';' });

        Assert.Equal([1e9, 2e9], table.Rows.Select(r => r.Params));
        Assert.Equal([20e9, 20e9], table.Rows.Select(r => r.Tokens));
    }

    [Fact]
    public void A_row_longer_than_the_limit_is_refused_with_the_limit_and_the_row()
    {
        var path = temp.Write("runs.csv", "params,tokens,loss\n1e8,2e9,3.5\n1e8,2e9,\"" + new string('x', (16 << 20) + 10) + "\"\n");

        var error = Assert.Throws<DataFileException>(() => TableReader.Read(path));

        Assert.Equal(2, error.Row);
        Assert.Contains("longer than 16 million characters", error.Message);
    }

    [Fact]
    public void A_dash_reads_the_whole_table_from_standard_input()
    {
        var table = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, ScalingProcess.Chinchilla));
        var piped = "\uFEFF" + table.Insert(table.IndexOf('\n') + 1, "\n"); // a byte-order mark and a blank line are forgiven

        var fromStdin = ScalingProcess.RunWithInput(System.Text.Encoding.UTF8.GetBytes(piped), "fit", "-", "--json").AssertSuccess().Json;
        var fromFile = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--json").AssertSuccess().Json;

        Assert.Equal(245, (int)fromStdin["n"]!);
        Assert.Equal(fromFile["params"]!.ToJsonString(), fromStdin["params"]!.ToJsonString());
    }
}
