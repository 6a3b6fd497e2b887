using System.Collections.Concurrent;
using System.Globalization;
using ScalingLaws.Data;
using ScalingLaws.IO.Datasets;
using Sylvan.Data.Csv;

namespace ScalingLaws.Tests;

/// <summary>The real datasets in ../shared/data, each loaded once per test run.</summary>
internal static class SharedDatasets
{
    private static readonly ConcurrentDictionary<string, Lazy<ObservationTable>> Tables = new();

    public static string Directory { get; } = Path.GetFullPath(TestData.SharedData);

    /// <summary>
    /// Rows and families of each table of training losses in the bundled files: the one list the catalog's tests and
    /// <c>scaling datasets list</c> are checked against.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (int Rows, int Families)> Counts = new Dictionary<string, (int, int)>
    {
        ["chinchilla"] = (245, 1),
        ["opt"] = (142, 1),
        ["gpt3"] = (6506, 1),
        ["t5-pile"] = (803, 1),
        ["olmo"] = (1264, 1),
        ["datablations"] = (9261, 16),
        ["pythia"] = (534, 4),
    };

    /// <summary>The names of <see cref="Counts"/>, for a theory over every bundled table of runs.</summary>
    public static TheoryData<string> Names { get; } = new(Counts.Keys);

    public static ObservationTable Load(string name) =>
        Tables.GetOrAdd(name, n => new Lazy<ObservationTable>(() => DatasetCatalog.Load(n, Directory))).Value;

    /// <summary>Loads a dataset whose rows all belong to one family, asserting the row count and the family of every row.</summary>
    public static ObservationTable LoadFamily(string name, int rows, string family)
    {
        var table = Load(name);
        Assert.Equal(rows, table.Count);
        Assert.All(table.Rows, r => Assert.Equal(family, r.Family));
        return table;
    }

    /// <summary>The one N of each model, asserting that every row of a model has the same N.</summary>
    public static Dictionary<string, double> SizeOfEachModel(ObservationTable table) =>
        table.Rows.GroupBy(r => r.Model).ToDictionary(g => g.Key!, g => Assert.Single(g.Select(r => r.Params).Distinct()));

    /// <summary>One raw data row of a file (1-based, header excluded), cells by header, read independently of the loaders.</summary>
    public static IReadOnlyList<Dictionary<string, string>> Raw(string relativePath)
    {
        using var text = new StreamReader(Path.Combine(Directory, relativePath));
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        var headers = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
            rows.Add(Enumerable.Range(0, headers.Length).ToDictionary(i => headers[i], csv.GetString));
        return rows;
    }

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Every row has model, family, positive N, D, loss, and C = 6ND (relative 1e-12).</summary>
    public static void AssertCanonical(ObservationTable table)
    {
        Assert.NotEmpty(table.Rows);
        Assert.All(table.Rows, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Model));
            Assert.False(string.IsNullOrWhiteSpace(r.Family));
            Assert.True(r.Params > 0 && r.Tokens > 0 && r.Loss > 0 && double.IsFinite(r.Loss), $"row {r.SourceRow}");
            Assert.Equal(6 * r.Params * r.Tokens, r.Flops, 1e-12 * r.Flops);
            Assert.True(r.SourceRow > 0);
        });
    }

    /// <summary>Rows per family, as (family, rows) sorted by family.</summary>
    public static IReadOnlyDictionary<string, int> Families(ObservationTable table) =>
        table.Rows.GroupBy(r => r.Family!).ToDictionary(g => g.Key, g => g.Count());
}
