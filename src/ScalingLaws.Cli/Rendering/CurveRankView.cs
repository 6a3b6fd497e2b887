using System.Globalization;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The report of <c>scaling curve rank</c>: each candidate's forecast final loss with its predictive 95% interval and
/// the probability that it ends lowest; in a backtest, also the observed final loss and how the ranking scored.
/// </summary>
internal static class CurveRankView
{
    public static void Write(IAnsiConsole console, string law, string formula, double? fraction, bool pooled, CurveRankingResult result)
    {
        console.MarkupLine($"[bold]{Markup.Escape(law)}[/] law  {Markup.Escape(formula)}");
        console.MarkupLine(Markup.Escape(Protocol(fraction, pooled, result)));
        var backtest = result.Runs.All(r => r.Observed is not null);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("run");
        foreach (var column in new[] { "fitted to step", "loss there", "final step", "forecast", "predictive 95%", "P(best)" }.Concat(backtest ? ["observed"] : []))
            table.AddColumn(new TableColumn(column).RightAligned());
        foreach (var run in result.Runs)
        {
            var cells = new List<string>
            {
                run.Name, Numbers.Count(run.FittedThrough), Loss(run.LossAtCut), Numbers.Count(run.FinalStep), Loss(run.Forecast),
                run.Interval is { } interval ? CurveIntervalText.Interval(interval) : "—", run.ProbabilityBest?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—",
            };
            if (backtest)
                cells.Add(Loss(run.Observed!.Value));
            table.AddRow([.. cells.Select(c => new Text(c))]);
        }
        console.Write(table);
        foreach (var run in result.Runs.Where(r => r.Problem is not null))
            console.MarkupLine(Markup.Escape($"{run.Name}: no forecast: {run.Problem!.Worded()}"));
        console.MarkupLine(Markup.Escape(Assumption(result)));
        if (result.Score is { } score)
            console.MarkupLine(Markup.Escape(Scored(result, score)));
        else if (backtest)
            console.MarkupLine(Markup.Escape($"backtest: not scored, because {Numbers.Count(result.Runs.Count(r => r.Problem is not null))} of {Numbers.Count(result.Runs.Length)} runs have no forecast."));
    }

    public static RankingJson Json(string law, string formula, double? fraction, bool pooled, CurveRankingResult result) => new(
        law,
        formula,
        fraction,
        pooled,
        Protocol(fraction, pooled, result),
        Assumption(result),
        result.Seed,
        result.Draws,
        result.Runs.Select(r => new RankedRunJson(
            r.Name, r.FittedThrough, r.LossAtCut, r.FinalStep, double.IsFinite(r.Forecast) ? r.Forecast : null, r.Problem?.Worded(),
            r.Interval is { } i ? [i.Lower, i.Upper] : null, r.ProbabilityBest, r.Observed,
            r.Problem is null ? FitDiagnosticText.Name(r.Status) : "no forecast")),
        result.Score is { } s
            ? new RankScoreJson(
                result.Runs[s.PredictedBest].Name,
                result.Runs[s.ActualBest].Name,
                s.Top1,
                s.Spearman,
                new RankBaselineJson(s.BaselineBest is { } b ? result.Runs[b].Name : null, s.BaselineTop1, s.BaselineSpearman))
            : null);

    internal sealed record RankingJson(
        string Law, string Formula, double? FitFraction, bool Pooled, string Protocol, string Assumption, int Seed, int Draws,
        IEnumerable<RankedRunJson> Runs, RankScoreJson? Score);

    internal sealed record RankedRunJson(
        string Run, int FittedThrough, double LossAtCut, int FinalStep, double? Forecast, string? Problem, double[]? Ci95, double? PBest,
        double? Observed, string Status);

    internal sealed record RankScoreJson(string PredictedBest, string ActualBest, bool Top1, double? Spearman, RankBaselineJson Baseline);

    internal sealed record RankBaselineJson(string? Best, bool Top1, double? Spearman);

    private static string Protocol(double? fraction, bool pooled, CurveRankingResult result) =>
        (pooled ? "one law fitted to every run together" : "one law fitted to each run") + (fraction is { } share
            ? $", on its first {share * 100:0.#} % of steps; the last logged loss forecast and compared"
            : result.Runs.Select(r => r.FinalStep).Distinct().Count() == 1
                ? $", on every logged point; the loss forecast at the planned last step {Numbers.Count(result.Runs[0].FinalStep)}"
                : ", on every logged point; the loss forecast at each run's planned last step");

    private static string Assumption(CurveRankingResult result) => result.Runs.Any(r => r.ProbabilityBest is null)
        ? $"P(best): not given, because {Numbers.Count(result.Runs.Count(r => r.Interval is null))} of {Numbers.Count(result.Runs.Length)} runs have no predictive interval to weigh their forecasts by."
        : $"P(best): each forecast's ln L taken as an independent normal with σ = the interval's half-width / 1.96, {Numbers.Count(result.Draws)} draws, seed {result.Seed}.";

    private static string Scored(CurveRankingResult result, RankingScore score) =>
        $"backtest: forecast best {result.Runs[score.PredictedBest].Name}, ended best {result.Runs[score.ActualBest].Name} ({(score.Top1 ? "right" : "wrong")}); " +
        $"Spearman ρ(forecast, final) = {Rho(score.Spearman)}. Ranking by the loss at the cut instead: " +
        (score.BaselineBest is { } b ? $"best {result.Runs[b].Name} ({(score.BaselineTop1 ? "right" : "wrong")})" : "no best (the lowest runs tie at the cut)") +
        $", ρ = {Rho(score.BaselineSpearman)}.";

    private static string Rho(double? rho) => rho?.ToString("0.000", CultureInfo.InvariantCulture) ?? "undefined (one side ranks every run equal)";

    private static string Loss(double value) => double.IsFinite(value) ? value.ToString("F4", CultureInfo.InvariantCulture) : "—";
}
