using Parquet;
using Parquet.Schema;
using ScalingLaws.IO;

namespace ScalingLaws.Tests.IO;

/// <summary>
/// Parquet files written here with Parquet.Net in the column types pandas and pyarrow write: int64 sizes, float64 and
/// float32 numbers, nullable columns (pandas' float NaN and nullable Int64 become nulls), and dictionary-encoded strings
/// (pyarrow's default for a string column with repeats).
/// </summary>
public sealed class ParquetTableTests : WithTempFolder
{
    private static readonly long[] Params = [70_000_000, 70_000_000, 160_000_000, 160_000_000, 410_000_000, 410_000_000];
    private static readonly double?[] Tokens = [1.4e9, null, 3.2e9, 6.4e9, 8.2e9, 1.6e10];
    private static readonly double?[] Flops = [null, 1.68e18, null, null, null, null];
    private static readonly float[] Loss = [3.61f, 3.42f, 3.30f, 3.15f, 3.02f, 2.91f];
    private static readonly int?[] Step = [1000, 2000, 1000, null, 1000, 2000];
    private static readonly string[] Family = ["pythia", "pythia", "pythia", "pythia", "opt", "opt"];

    private string Write(string name, DataField? extra = null, Func<ParquetRowGroupWriter, DataField, Task>? writeExtra = null)
    {
        var fields = new List<DataField>
        {
            new DataField<long>("params"), new DataField<double?>("tokens"), new DataField<double?>("flops"),
            new DataField<float>("loss"), new DataField<int?>("step"), new DataField<string>("family"),
        };
        if (extra is not null)
            fields.Add(extra);
        var path = Path.Combine(temp.FullName, name);
        WriteAsync(path, new ParquetSchema([.. fields]), writeExtra).GetAwaiter().GetResult();
        return path;
    }

    private static async Task WriteAsync(string path, ParquetSchema schema, Func<ParquetRowGroupWriter, DataField, Task>? writeExtra)
    {
        await using var file = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, file, new ParquetOptions { DictionaryEncodingThreshold = 1.0 });
        using var group = writer.CreateRowGroup();
        var fields = schema.GetDataFields();
        await group.WriteAsync<long>(fields[0], Params);
        await group.WriteAsync<double>(fields[1], Tokens);
        await group.WriteAsync<double>(fields[2], Flops);
        await group.WriteAsync<float>(fields[3], Loss);
        await group.WriteAsync<int>(fields[4], Step);
        await group.WriteAsync(fields[5], Family);
        if (writeExtra is not null)
            await writeExtra(group, fields[6]);
    }

    [Fact]
    public void Int64_float32_nullable_and_dictionary_encoded_columns_are_read_as_pandas_wrote_them()
    {
        var path = Write("runs.parquet");

        var table = TableReader.Read(path);

        Assert.Equal(Params.Select(p => (double)p), table.Rows.Select(r => r.Params));
        Assert.Equal([3.61, 3.42, 3.30, 3.15, 3.02, 2.91], table.Rows.Select(r => r.Loss)); // float32's shortest text, not 3.6099999
        Assert.Equal(1.68e18 / (6 * 70_000_000), table.Rows[1].Tokens, 1e-6); // a null token count is derived from the FLOPs
        Assert.Equal(6 * 160_000_000 * 3.2e9, table.Rows[2].Flops, 1e6);
        Assert.Equal(["pythia", "pythia", "pythia", "pythia", "opt", "opt"], table.Rows.Select(r => r.Family));
        Assert.True(double.IsNaN(table.Rows[3].Step));
        Assert.Equal(2000, table.Rows[5].Step);
    }

    [Fact]
    public void Parquet_is_told_by_its_magic_bytes_whatever_its_name_and_may_be_compressed()
    {
        var path = Write("runs.parquet");
        var renamed = Path.Combine(temp.FullName, "runs.data");
        File.Copy(path, renamed);
        var gzipped = Path.Combine(temp.FullName, "runs.parquet.gz");
        using (var output = File.Create(gzipped))
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal))
            gzip.Write(File.ReadAllBytes(path));

        Assert.Equal(InputFormat.Parquet, InputFormats.FromContent(File.ReadAllBytes(renamed)));
        Assert.Equal(TableReader.Read(path).Rows.Select(r => r.Loss), TableReader.Read(gzipped).Rows.Select(r => r.Loss));
        var fit = ScalingProcess.Run("fit", renamed, "--format", "parquet", "--law", "power", "--x", "params", "--json");
        Assert.Equal(6, (int)fit.Json["n"]!);
    }

    [Fact]
    public void The_binary_reads_parquet_as_the_library_does()
    {
        // Under SCALING_NATIVE this is the NativeAOT binary: Parquet.Net's reflection warnings are silenced at publish
        // (ScalingLaws.Cli.csproj) because ParquetTable reads columns by DataField; this holds that it does, natively.
        var path = Write("runs.parquet");
        string[] args = ["fit", path, "--law", "power", "--x", "params", "--json"];
        var process = ScalingProcess.RunProcess(args);
        Assert.Equal(6, (int)process.Json["n"]!);
        Assert.Equal(ScalingProcess.Run(args).Stdout, process.Stdout);
    }

    [Fact]
    public void A_column_of_the_wrong_type_is_one_line_naming_it()
    {
        var path = Write("runs.parquet", new DataField<bool>("final_loss"), (g, f) => g.WriteAsync<bool>(f, new bool[6]));

        var error = ScalingProcess.Run("fit", path, "--map", "loss=final_loss").AssertInputError("runs.parquet, row 1, column 'final_loss'", "'false' is not a number");

        Assert.DoesNotContain("Parquet.", error);
    }

    [Fact]
    public void A_damaged_parquet_file_is_one_line()
    {
        var bytes = File.ReadAllBytes(Write("runs.parquet"));
        var damaged = Path.Combine(temp.FullName, "damaged.parquet");
        File.WriteAllBytes(damaged, bytes[..(bytes.Length / 2)]);

        ScalingProcess.Run("fit", damaged).AssertInputError("damaged.parquet: not a readable Parquet file");
    }
}
