using ScalingLaws.Estimation;

namespace ScalingLaws.Tests.Estimation;

/// <summary>The grid study on families drawn exactly from a law: its cells, rows, parallelism and average.</summary>
public sealed class EvaluationStudyTests
{
    [Fact]
    public void On_exact_law_data_every_cell_recovers_the_law()
    {
        var family = new EvaluationStudy().Run(TrainingCurveFamilies.Five()).Families.Single();

        Assert.Equal([2, 3, 4], family.Cells.Select(c => c.K).Distinct());
        Assert.Equal(30, family.Cells.Count);
        // Two sizes fix only a combination of A and alpha, and two token counts one of B and beta: those cells fit the rows but not the law.
        foreach (var cell in family.Cells.Where(c => c.K >= 3 && c.Fraction >= 0.3))
        {
            Assert.Equal(CellStatus.Ok, cell.Status);
            Assert.True(cell.Are < 1e-6, $"k = {cell.K}, p = {cell.Fraction}: ARE {cell.Are:G3}");
            Assert.Equal(TrainingCurveFamilies.Truth[3], cell.Fit!["alpha"], 1e-4);
        }
    }

    [Fact]
    public void Cells_are_ordered_by_k_then_fraction_and_report_their_coordinates()
    {
        var family = new EvaluationStudy(new EvaluationSettings { ModelCounts = [4, 2], Fractions = [0.5, 1.0] }).Run(TrainingCurveFamilies.Five()).Families.Single();

        Assert.Equal([(2, 0.5), (2, 1.0), (4, 0.5), (4, 1.0)], family.Cells.Select(c => (c.K, c.Fraction)));
        Assert.Equal<double>([1e8, 4e8, 1.6e9, 6.4e9], family.Cells[^1].Sizes);
        Assert.Equal((2.56e10, 4 * 18), (family.TargetParams, family.Cells[^1].TrainRows)); // 2e10 … 1.9e11 of each size
    }

    [Fact]
    public void The_result_does_not_depend_on_the_number_of_cores()
    {
        var data = TrainingCurveFamilies.Join(TrainingCurveFamilies.Five("a"), TrainingCurveFamilies.Five("b", (n, d) => 2 + 300 / Math.Pow(n, 0.3) + 900 / Math.Pow(d, 0.25) * (1 + 0.01 * Math.Sin(d / 1e10))));

        var one = new EvaluationStudy(new EvaluationSettings { MaxDegreeOfParallelism = 1 }).Run(data);
        var two = new EvaluationStudy(new EvaluationSettings { MaxDegreeOfParallelism = 2 }).Run(data);

        Assert.Equal(one.Families.SelectMany(f => f.Cells.Select(c => (f.Family, c.K, c.Fraction, c.Are, c.Status))),
                     two.Families.SelectMany(f => f.Cells.Select(c => (f.Family, c.K, c.Fraction, c.Are, c.Status))));
        Assert.Equal(one.Average, two.Average);
    }

    [Fact]
    public void Families_are_studied_separately_in_order_of_appearance()
    {
        var result = new EvaluationStudy(new EvaluationSettings { Fractions = [1.0] }).Run(TrainingCurveFamilies.Join(TrainingCurveFamilies.Five("b"), TrainingCurveFamilies.Ladder("a")));

        Assert.Equal(["b", "a"], result.Families.Select(f => f.Family));
        Assert.Equal([3, 1], result.Families.Select(f => f.Cells.Count));
    }

    [Fact]
    public void Without_a_choice_k_runs_over_every_smaller_size_thinned_above_20_as_the_study_does()
    {
        static IReadOnlyList<int> Ks(int sizes) =>
            new EvaluationStudy().ModelCounts(ModelFamily.Split(TrainingCurveFamilies.Curves("f", [.. Enumerable.Range(0, sizes).Select(i => (1e8 + i * 1e6, 2e10))])).Single());

        Assert.Equal([2, 3, 4, 5], Ks(6));
        Assert.Equal(Enumerable.Range(2, 19), Ks(21));
        Assert.Equal([2, 6, 10, 14, 18, 22], Ks(25));   // 24 candidates: every 24/5 = 4th
        Assert.Equal([2, 12, 22, 32, 42, 52, 62], Ks(70)); // above 60: every 10th
    }

    [Fact]
    public void A_failed_fit_is_reported_with_its_reason_not_dropped()
    {
        var method = EstimationMethod.LeastSquares with
        {
            Options = EstimationMethod.LeastSquares.Options with { Optimizer = EstimationMethod.LeastSquares.Options.Optimizer with { MaxIterations = 1 } },
        };

        var cell = new EvaluationStudy(new EvaluationSettings { Method = method, ModelCounts = [3], Fractions = [1.0] }).Run(TrainingCurveFamilies.Five()).Families.Single().Cells.Single();

        // The finding alone: before 2026-12-08 the reason went on "; check the data, fix a parameter with ParameterConstraints.Fix,
        // raise LbfgsSettings.MaxIterations.", library members that 'scaling evaluate' printed and none of its options sets.
        Assert.Equal((CellStatus.Failed, "the chinchilla fit converged from none of 1 start (1 hit the iteration limit)."), (cell.Status, cell.Reason));
        Assert.True(double.IsNaN(cell.Are));
    }

    [Fact]
    public void A_window_with_one_token_count_is_too_few_rows()
    {
        // Six sizes with checkpoints at 2e10 and 4e10: p = 0.6 of T = 4e10 keeps 2e10 only, one row for each of the 5 training sizes.
        var table = TrainingCurveFamilies.Curves("f", [.. Enumerable.Range(1, 6).Select(i => (i * 1e8, 4e10))], step: 2e10);

        var cell = new EvaluationStudy(new EvaluationSettings { ModelCounts = [5], Fractions = [0.6] }).Run(table).Families.Single().Cells.Single();

        Assert.Equal((CellStatus.TooFewRows, "a single token count in the window, so B and beta cannot be identified."), (cell.Status, cell.Reason));
    }

    [Fact]
    public void The_average_takes_each_familys_mean_first_and_leaves_out_failed_cells()
    {
        static EvaluationCell Cell(int k, int models, double are, CellStatus status = CellStatus.Ok) => new()
        {
            K = k, Fraction = 0.5, Sizes = [.. Enumerable.Range(1, models).Select(i => i * 1e8)], TrainRows = 10, Status = status, Are = are,
        };
        var a = new FamilyEvaluation("a", "t", 1e10, 5, [Cell(4, 4, 0.10), Cell(5, 4, 0.20), Cell(5, 5, 0.50)]);
        var b = new FamilyEvaluation("b", "t", 1e10, 5, [Cell(4, 4, 0.40), Cell(5, 5, double.NaN, CellStatus.Failed)]);

        var average = AverageCell.Over([a, b]);

        Assert.Equal([(4, 0.5, 2), (5, 0.5, 1)], average.Select(x => (x.Models, x.Fraction, x.Families)));
        Assert.Equal((0.15 + 0.40) / 2, average[0].Are, 1e-15);
        Assert.Equal(0.50, average[1].Are, 1e-15);
    }
}
