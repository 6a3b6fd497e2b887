using ScalingLaws.Data;
using ScalingLaws.Estimation;
using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Tests.Estimation;

/// <summary>
/// The catalog's OPT and GPT-3 tables and the default study of each, run once per test run and
/// shared: the GPT-3 grid fits windows of up to 5,400 checkpoints.
/// </summary>
internal static class StudyData
{
    private static readonly Lazy<ObservationTable> OptTable = new(() => DatasetCatalog.Load("opt", TestData.SharedData));
    private static readonly Lazy<ObservationTable> Gpt3Table = new(() => DatasetCatalog.Load("gpt3", TestData.SharedData));
    private static readonly Lazy<FamilyEvaluation> OptStudy = new(() => new EvaluationStudy().Run(Opt).Families.Single());
    private static readonly Lazy<FamilyEvaluation> Gpt3Study = new(() => new EvaluationStudy().Run(Gpt3).Families.Single());

    public static ObservationTable Opt => OptTable.Value;

    public static ObservationTable Gpt3 => Gpt3Table.Value;

    /// <summary>OPT with the study's defaults: least squares, 10B cut, every k and p.</summary>
    public static FamilyEvaluation OptGrid => OptStudy.Value;

    public static FamilyEvaluation Gpt3Grid => Gpt3Study.Value;

    public static EvaluationCell Cell(this FamilyEvaluation family, int k, double p) =>
        family.Cells.Single(c => c.K == k && Math.Abs(c.Fraction - p) < 1e-12);

    /// <summary>Asserts every cell of row k against the published row, one value per <see cref="HitchhikerTables.Fractions"/>.</summary>
    public static void AssertPublishedRow(this FamilyEvaluation family, int k, double[] published, string where)
    {
        for (var i = 0; i < published.Length; i++)
            AssertPublished(family.Cell(k, HitchhikerTables.Fractions[i]), published[i], $"{where} k = {k}, p = {HitchhikerTables.Fractions[i]}");
    }

    /// <summary>Asserts a cell is Ok and within <see cref="HitchhikerTables.Tolerance"/> points of the published %.</summary>
    public static void AssertPublished(EvaluationCell cell, double published, string where)
    {
        Assert.True(cell.Status == CellStatus.Ok, $"{where}: {cell.Status} ({cell.Reason})");
        var ours = 100 * cell.Are;
        Assert.True(Math.Abs(ours - published) <= HitchhikerTables.Tolerance, $"{where}: ours {ours:F2} %, published {published:F2} %");
    }
}
