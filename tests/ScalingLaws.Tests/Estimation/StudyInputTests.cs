using ScalingLaws.Data;
using ScalingLaws.Estimation;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Estimation;

/// <summary>Studies that cannot run fail with one line that says what to change.</summary>
public sealed class StudyInputTests
{
    [Fact]
    public void A_family_with_fewer_than_3_sizes_is_refused_by_name()
    {
        var table = TrainingCurveFamilies.Join(TrainingCurveFamilies.Five("fine"), TrainingCurveFamilies.Curves("pair", [(1e9, 1e11), (7e9, 1e11)]));

        var error = Assert.Throws<ScalingLawsException>(() => new EvaluationStudy().Run(table));

        Assert.Equal("joined: family 'pair' has 2 model sizes (m-1B, m-7B); the study needs at least 3: 2 to fit and 1 to predict.", error.Message);
    }

    [Fact]
    public void A_family_column_that_names_each_row_is_said_to_be_one()
    {
        var rows = new[] { 1e8, 2e8, 4e8, 8e8 }.Select((n, i) => new Observation(n, 2e10, 6 * n * 2e10, 3.9 - 0.1 * i, Family: $"run-{i}", SourceRow: i + 1));

        var error = Assert.Throws<ScalingLawsException>(() => new EvaluationStudy().Run(new ObservationTable(rows, "runs.csv")));

        Assert.StartsWith("runs.csv: each of the 4 rows is a family of its own, so no family has the 3 model sizes the study needs", error.Message);
    }

    [Fact]
    public void The_one_model_variant_runs_on_a_family_of_two_sizes()
    {
        // A and alpha at the values the variant holds them at, so that each model alone recovers the law.
        double[] law = [1.8, Math.Exp(Muennighoff.LogA), 1500, Muennighoff.Alpha, 0.30];
        var table = TrainingCurveFamilies.Curves("pair", [(1e9, 1e11), (7e9, 1e11)], loss: (n, d) => ChinchillaLaw.Instance.Predict(law, n, d));

        var family = new OneModelStudy(new EvaluationSettings { MinTokens = 0, Fractions = [1.0] }).Run(table).Families.Single();

        Assert.Equal(["m-1B", "m-7B"], family.Cells.Select(c => c.TrainModel));
        Assert.Equal("m-7B", family.Target);
        Assert.All(family.Cells, c => Assert.InRange(c.Are, 0, 1e-6));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void K_outside_2_to_the_number_of_smaller_sizes_is_refused(int k)
    {
        var error = Assert.Throws<ScalingLawsException>(() => new EvaluationStudy(new EvaluationSettings { ModelCounts = [3, k] }).Run(TrainingCurveFamilies.Five()));

        Assert.Equal($"EvaluationSettings.ModelCounts {k}: k = {k} is out of range for family 'five': it has 5 model sizes, so k runs from 2 to 4.", error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_fraction_outside_0_to_1_is_refused(double p)
    {
        var grid = Assert.Throws<ScalingLawsException>(() => new EvaluationStudy(new EvaluationSettings { Fractions = [0.5, p] }).Run(TrainingCurveFamilies.Five()));
        var target = Assert.Throws<ScalingLawsException>(() => new EvaluationStudy(new EvaluationSettings { TargetFraction = p }).Run(TrainingCurveFamilies.Five()));

        Assert.StartsWith("fraction p", grid.Message);
        Assert.StartsWith("target fraction", target.Message);
        Messages.AssertOneLine(grid.Message);
    }

    [Fact]
    public void A_negative_token_cut_and_no_fractions_are_refused()
    {
        Assert.Throws<ScalingLawsException>(() => new EvaluationStudy(new EvaluationSettings { MinTokens = -1 }).Run(TrainingCurveFamilies.Five()));
        Assert.Throws<ScalingLawsException>(() => new EvaluationStudy(new EvaluationSettings { Fractions = [] }).Run(TrainingCurveFamilies.Five()));
    }
}
