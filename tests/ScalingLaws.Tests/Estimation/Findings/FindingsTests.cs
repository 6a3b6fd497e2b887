using ScalingLaws.Estimation;
using ScalingLaws.Estimation.Findings;
using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Tests.Estimation.Findings;

/// <summary>
/// The findings on real data (OPT from ../shared/data) and on hand-made cells. The published OPT
/// cells (shared/data/README.md, last-30 % test) are matched to 0.05 points.
/// </summary>
public sealed class FindingsTests
{
    private const double Points = 0.0005; // 0.05 percentage points, as a fraction

    private static readonly Lazy<FamilyFindings> Opt = new(() =>
        new FindingsStudy().Run(DatasetCatalog.Load("opt", TestData.SharedData)).Single());

    private static Finding Topic(string topic) => Opt.Value.Findings.Single(f => f.Topic == topic);

    private static double Value(Finding f, string label) => f.Values.Single(v => v.Label == label).Value;

    [Fact]
    public void Opt_the_10B_cut_lowers_the_mean_error_so_it_agrees()
    {
        var f = Topic("token-cut");

        Assert.Equal(Verdict.Agrees, f.Verdict);
        Assert.Equal(40, Value(f, "cells compared"));
        Assert.True(Value(f, "mean ARE with the 10B-token cut") < Value(f, "mean ARE without the 10B-token cut"));
    }

    [Fact]
    public void Opt_model_count_row_at_p_1_is_the_published_row_and_5_is_within_2_points_of_the_best()
    {
        var f = Topic("model-count");

        Assert.Equal(0.0592, Value(f, "k = 3, p = 1.0"), Points);
        Assert.Equal(0.0866, Value(f, "k = 4, p = 1.0"), Points);
        Assert.Equal(0.0742, Value(f, "k = 5, p = 1.0"), Points);
        Assert.Equal(3, Value(f, "best k"));
        Assert.Equal(1.50, Value(f, "k = 5 minus best"), 0.05);
        Assert.Equal(Verdict.Agrees, f.Verdict);
    }

    [Fact]
    public void Opt_partly_training_the_target_helps_and_the_verdict_follows_the_smallest_p_t_under_5_percent()
    {
        var f = Topic("target-fraction");
        var without = Value(f, "k = 5, p = 1.0, no target checkpoints");
        var half = Value(f, "k = 5, p = 1.0, p_t = 0.5");

        Assert.Equal(0.0742, without, Points);
        Assert.True(half < without, $"p_t = 0.5 gives {half:P2}, without {without:P2}");
        var reach = f.Values.SingleOrDefault(v => v.Label.StartsWith("smallest p_t", StringComparison.Ordinal));
        var expected = reach is null ? Verdict.Disagrees : reach.Value <= 0.3 + 1e-9 ? Verdict.Agrees : Verdict.Disagrees;
        Assert.Equal(expected, f.Verdict);
    }

    [Fact]
    public void Opt_borrowing_reports_both_fits_without_a_paper_verdict()
    {
        var f = Topic("borrowing");

        Assert.Equal(Verdict.NoClaim, f.Verdict);
        Assert.Equal(0.0742, Value(f, "k = 5, p = 1.0, free fit"), Points);
        Assert.True(double.IsFinite(Value(f, "mean ARE, borrowed from Muennighoff et al.")));
    }

    [Fact]
    public void A_cut_that_removes_no_training_row_is_inconclusive()
    {
        var a = Family(Cell(3, 1.0, 0.05, rows: 10), Cell(4, 1.0, 0.04, rows: 12));
        var b = Family(Cell(3, 1.0, 0.05, rows: 10), Cell(4, 1.0, 0.04, rows: 12));

        Assert.Equal(Verdict.Inconclusive, FindingRules.TokenCut(a, b).Verdict);
    }

    [Fact]
    public void Five_models_far_from_the_best_disagrees_and_a_family_without_k_5_uses_its_largest_k()
    {
        var grid = Family(Cell(2, 1.0, 0.30), Cell(3, 1.0, 0.01), Cell(4, 1.0, 0.06));

        var f = FindingRules.ModelCount(grid);

        Assert.Equal(4, FindingRules.ReferenceK(grid));
        Assert.Equal(Verdict.Disagrees, f.Verdict);
        Assert.Equal(5.0, f.Values.Single(v => v.Label == "k = 4 minus best").Value, 1e-9);
    }

    [Fact]
    public void Target_fraction_agrees_when_30_percent_reaches_5_percent()
    {
        var baseline = Family(Cell(5, 1.0, 0.08));
        (double, FamilyEvaluation)[] runs = [(0.1, Family(Cell(5, 1.0, 0.07))), (0.3, Family(Cell(5, 1.0, 0.045))), (0.5, Family(Cell(5, 1.0, 0.03)))];

        var f = FindingRules.TargetFraction(baseline, runs, 5);

        Assert.Equal(Verdict.Agrees, f.Verdict);
        Assert.Equal(0.3, f.Values.Single(v => v.Unit == FindingUnit.Fraction).Value);
    }

    [Fact]
    public void A_cell_already_under_5_percent_without_the_target_is_inconclusive()
    {
        var f = FindingRules.TargetFraction(Family(Cell(5, 1.0, 0.03)), [(0.1, Family(Cell(5, 1.0, 0.02)))], 5);

        Assert.Equal(Verdict.Inconclusive, f.Verdict);
    }

    [Fact]
    public void Pythia_families_also_borrow_A_and_alpha_from_a_sibling_family()
    {
        var families = new FindingsStudy().Run(DatasetCatalog.Load("pythia", TestData.SharedData));

        Assert.Equal(4, families.Count);
        Assert.All(families, f => Assert.Contains(f.Findings, x => x.Topic == "borrowing-family" && x.Verdict == Verdict.NoClaim));
        var pythia = families.Single(f => f.Family == "Pythia").Findings.Single(x => x.Topic == "borrowing-family");
        Assert.Contains("Pythia-deduped", pythia.Summary);
    }

    [Fact]
    public void Cli_findings_json_for_opt_names_every_topic_with_a_verdict()
    {
        var json = ScalingProcess.Run("findings", "--dataset", "opt", "--json").AssertSuccess().Json;

        var findings = json["families"]![0]!["findings"]!.AsArray();
        Assert.Equal(["token-cut", "model-count", "target-fraction", "borrowing"], findings.Select(f => (string)f!["topic"]!));
        Assert.Equal("agrees", (string)findings[0]!["verdict"]!);
    }

    [Fact]
    public void Cli_findings_table_for_opt()
    {
        var result = ScalingProcess.Run("findings", "--dataset", "opt").AssertSuccess();

        Assert.Contains("OPT: predicting OPT-175b", result.Stdout);
        Assert.Contains("7.42 %", result.Stdout);
    }

    [Fact]
    public void Cli_plot_are_writes_a_png_for_opt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"are-{Guid.NewGuid():N}.png");
        try
        {
            var result = ScalingProcess.Run("plot", "are", "--dataset", "opt", "--out", path).AssertSuccess();

            Assert.Contains("wrote", result.Stdout);
            var bytes = File.ReadAllBytes(path);
            Assert.True(bytes.Length > 10_000);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Cli_plot_are_writes_one_file_per_family_for_pythia()
    {
        var folder = Directory.CreateTempSubdirectory("are-");
        try
        {
            var result = ScalingProcess.Run("plot", "are", "--dataset", "pythia", "--out", Path.Combine(folder.FullName, "p.svg")).AssertSuccess();

            Assert.Equal(4, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.True(File.Exists(Path.Combine(folder.FullName, "p-Pythia-deduped.svg")));
            Assert.Equal(4, folder.GetFiles("p-*.svg").Length);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Cli_plot_are_refuses_an_unknown_objective_and_family()
    {
        ScalingProcess.Run("plot", "are", "--dataset", "opt", "--objective", "mse", "--out", "x.png").AssertInputError("--objective 'mse'");
        ScalingProcess.Run("plot", "are", "--dataset", "opt", "--family", "nope", "--out", "x.png").AssertInputError("--family nope");
    }

    private static FamilyEvaluation Family(params EvaluationCell[] cells) => new("F", "F-big", 1e11, 10, cells);

    private static EvaluationCell Cell(int k, double p, double are, int rows = 10) => new()
    {
        K = k,
        Fraction = p,
        Sizes = [.. Enumerable.Range(1, k).Select(i => i * 1e9)],
        TrainRows = rows,
        Status = CellStatus.Ok,
        Are = are,
    };
}
