using ScalingLaws.Downstream;

namespace ScalingLaws.Tests;

/// <summary>
/// Synthetic tasks: runs of 8 sizes × 6 checkpoints whose loss follows a Chinchilla-like law, each scored by drawing
/// <c>questions</c> Bernoulli answers at the true accuracy (seeded), with the binomial standard error reported as the
/// evaluation harness does.
/// </summary>
internal static class SyntheticTasks
{
    public static TaskScores Draw(AccuracyLaw law, double[] truth, double chance, int questions, int seed)
    {
        var random = new Random(seed);
        var rows = new List<TaskRow>();
        foreach (var parameters in new[] { 7e7, 1.6e8, 4e8, 1e9, 1.4e9, 2.8e9, 6.9e9, 1.2e10 })
        {
            foreach (var tokens in new[] { 2e10, 5e10, 1e11, 1.5e11, 2e11, 3e11 })
            {
                var loss = 1.7 + 400 / Math.Pow(parameters, 0.34) + 400 / Math.Pow(tokens, 0.28);
                var input = law.Input == AccuracyInput.Loss ? loss : 6 * parameters * tokens;
                var p = law.Predict(truth, input);
                var correct = Enumerable.Range(0, questions).Count(_ => random.NextDouble() < p);
                var score = (double)correct / questions;
                rows.Add(new TaskRow(parameters, tokens, loss, score, Math.Sqrt(score * (1 - score) / (questions - 1)), $"m{parameters:G2}", tokens / 2e6, rows.Count + 1));
            }
        }
        return new TaskScores("synthetic", "task", "acc", chance, [.. rows], "loss", questions);
    }

    /// <summary>A task at chance everywhere: every row scored by guessing (a sigmoid whose ceiling is the chance level).</summary>
    public static TaskScores AtChance(double chance, int questions, int seed) =>
        Draw(SigmoidAccuracyLaw.Instance, [chance, chance, 1, 3], chance, questions, seed);
}
