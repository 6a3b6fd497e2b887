using ScalingLaws.Downstream;

namespace ScalingLaws.Tests.Downstream;

/// <summary>Tasks at chance are declared unpredictable with a typed reason; tasks that rise above it are not.</summary>
public sealed class PredictabilityTests
{
    [Theory]
    [InlineData(0.25, 1)]
    [InlineData(0.25, 2)]
    [InlineData(0.5, 3)]
    public void A_task_at_chance_is_unpredictable(double chance, int seed)
    {
        var task = SyntheticTasks.AtChance(chance, 1000, seed);
        var fit = new AccuracyFitter(SigmoidAccuracyLaw.Instance).Fit(task);
        var verdict = Assert.IsType<AtChance>(fit.Verdict);
        Assert.Equal(NoiseSource.ReportedStandardError, verdict.Noise);
        Assert.True(verdict.RowsAbove < Predictability.RequiredRows, $"{verdict.RowsAbove} rows above chance");
    }

    [Fact]
    public void Without_reported_errors_the_binomial_bound_from_the_question_count_is_used()
    {
        var task = SyntheticTasks.AtChance(0.25, 1000, 4);
        var bare = new TaskScores(task.Source, task.Task, task.Metric, task.Chance, [.. task.Rows.Select(r => r with { StandardError = double.NaN })], task.LossName, 1000);
        var verdict = Assert.IsType<AtChance>(new AccuracyFitter(SigmoidAccuracyLaw.Instance).Fit(bare).Verdict);
        Assert.Equal(NoiseSource.Binomial, verdict.Noise);
    }

    [Fact]
    public void A_rising_task_is_predictable()
    {
        var task = SyntheticTasks.Draw(SigmoidAccuracyLaw.Instance, [0.25, 0.85, 3, 3.0], 0.25, 1000, 5);
        Assert.Null(new AccuracyFitter(SigmoidAccuracyLaw.Instance).Fit(task).Verdict);
    }

    [Fact]
    public void Scores_all_at_or_below_chance_are_refused_with_one_line()
    {
        var task = SyntheticTasks.AtChance(0.25, 1000, 6);
        var below = new TaskScores(task.Source, task.Task, task.Metric, 0.5, task.Rows, task.LossName);
        var error = Assert.Throws<ScalingLawsException>(() => new AccuracyFitter(SigmoidAccuracyLaw.Instance).Fit(below));
        Messages.AssertOneLine(error.Message, "never rises above its chance level 0.5");
    }

    [Fact]
    public void Accuracies_outside_zero_to_one_are_refused_with_the_row()
    {
        var error = Assert.Throws<ScalingLawsException>(() =>
            new TaskScores("t.csv", "piqa", "acc", 0.5, [new TaskRow(1e8, 1e10, 3, 62, double.NaN, "m", 1, 7)]));
        Assert.Equal("t.csv, row 7: task 'piqa' acc is 62, outside [0, 1]; give accuracies as fractions (0.62, not 62).", error.Message);
    }
}
