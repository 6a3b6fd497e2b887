using ScalingLaws.Temporal;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling curve rank</c>: forecast the final loss of several candidate runs from their early points and the
/// probability that each ends lowest; with --fit-fraction, a backtest on runs that went to the end.
/// </summary>
internal static class CurveRankCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new CurveDataOptions(fitRuns: false);
        var law = new CurveLawOptions();
        var steps = new Option<int?>("--steps") { Description = "The runs' planned last step: forecast the loss there from every logged point." };
        var tokens = new Option<string?>("--tokens") { HelpName = "D", Description = "The runs' planned training tokens, e.g. 10B, instead of --steps: each run's planned step from its tokens column (tokens per step at its last logged point)." };
        var seed = CommonOptions.Seed(42);
        var runs = ValueList.Create("--run", "Rank only these runs of FILE or the dataset, e.g. constant_24000,cosine_24000,wsd_20000_24000 (at least two).");
        var pool = new Option<bool>("--pool") { Description = "Fit one law to every run's points together (a schedule-aware law shares its parameters across the schedules of one model), not one per run." };
        var json = CommonOptions.Json();
        var command = new Command("rank",
            "Choose among candidate runs early: fit the law to each run so far, forecast its final loss with a predictive 95% interval, and give the probability that it ends lowest.\n" +
            "P(best) treats each forecast's ln L as an independent normal with σ = the interval's half-width / 1.96, " +
            $"drawn {CurveRanking.Draws:N0} times (--seed). With --fit-fraction P, each run is cut at P of its own length and its last logged loss is forecast and scored (a backtest).\n\n" +
            "--law temporal reads FILE as per-position losses (a study's positions.csv) and backtests with --fit-fraction: it forecasts only logged checkpoints, and a run it cannot forecast is listed with the reason.\n\n" +
            "Example:\n  scaling curve rank runs.csv --law power --steps 24000\n  scaling curve rank --dataset multipower-400M --run constant_24000,cosine_24000,wsd_20000_24000 --pool --fit-fraction 0.3")
        {
            data, law, steps, tokens, runs, pool, seed, json
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            if (law.IsTemporal(parse))
                return RankTemporal(console, parse, data, [steps, tokens, pool, data.Procedure], runs, parse.GetValue(seed), parse.GetValue(json), cancellation);
            var planned = parse.GetValue(steps);
            if (planned is <= 0)
                throw new ScalingLawsException($"--steps {planned}: the planned last step must be a positive whole number, e.g. 24000.");
            var plannedTokens = OptionValues.Count(parse, tokens);
            if (planned is not null && plannedTokens is not null)
                throw new ScalingLawsException("give the planned length once: --steps N or --tokens D, not both.");
            var chosen = law.Create(parse);
            var (_, curves, protocol, fitting) = data.Load(parse);
            var fraction = parse.GetValue(data.FitFraction) is null ? (double?)null : ((FractionProtocol)protocol!).Value;
            if ((fraction is null) == (planned is null && plannedTokens is null))
                throw new ScalingLawsException("give one of --steps N or --tokens D (the runs' planned length: forecast runs still going) or --fit-fraction P (cut runs that went to the end: a backtest).");
            var candidates = Selected(curves, parse.GetValue(runs) ?? [], c => c.Name);
            var plannedSteps = fraction is not null ? null : candidates.Select(c => planned ?? PlannedStep(c, plannedTokens!.Value)).ToList();
            var result = CurveRanking.Rank(chosen, candidates, fraction, plannedSteps, parse.GetValue(pool), parse.GetValue(seed), fitting, data.Intervals(parse, curves), cancellation);
            console.Answer(parse.GetValue(json),
                () => CliJson.Serialize(CurveRankView.Json(chosen.Name, chosen.Formula, fraction, parse.GetValue(pool), result)),
                ansi => CurveRankView.Write(ansi, chosen.Name, chosen.Formula, fraction, parse.GetValue(pool), result));
            return FitExit.Code(result.Runs.Select(r => (r.Status, 0)), strict: false);
        });
    }

    // The temporal law on FILE's per-position losses, cut at --fit-fraction of each run (a backtest); it forecasts only logged checkpoints.
    private static int RankTemporal(CliConsole console, ParseResult parse, CurveDataOptions data, Option[] other, Option<string[]> runs, int seed, bool json, CancellationToken cancellation)
    {
        foreach (var option in new Option[] { data.Dataset, data.DataDir, data.Map }.Concat(other).Where(o => parse.GetResult(o) is { Implicit: false }))
            throw new ScalingLawsException(option.Name is "--steps" or "--tokens"
                ? $"{option.Name} does not apply to --law temporal: it forecasts only logged checkpoints (it reads their tokens and learning rates); give --fit-fraction P to rank runs that went to the end from their first P."
                : $"{option.Name} does not apply to --law temporal, which reads one per-position FILE and fits each run alone; leave it out.");
        var path = parse.GetValue(data.File) ?? throw new ScalingLawsException("--law temporal needs FILE, a per-position file such as a study's positions.csv.");
        var fraction = parse.GetValue(data.FitFraction)
            ?? throw new ScalingLawsException("--law temporal ranks runs that went to the end: give --fit-fraction P, e.g. 0.3, to fit each run's first P of steps and forecast its last checkpoint.");
        var all = PositionLossReader.Read(path, DelimiterOption.Parse(parse.GetValue(data.Delimiter)));
        var candidates = Selected(all, parse.GetValue(runs) ?? [], r => r.Run);
        var result = TemporalRanking.Rank(candidates, fraction, seed, cancellation);
        console.Answer(json,
            () => CliJson.Serialize(CurveRankView.Json(CurveLawOptions.Temporal, TemporalFormula, fraction, pooled: false, result)),
            ansi => CurveRankView.Write(ansi, CurveLawOptions.Temporal, TemporalFormula, fraction, pooled: false, result));
        return FitExit.Code(result.Runs.Select(r => (r.Status, 0)), strict: false);
    }

    private const string TemporalFormula = "L_i = a0/(1 + a1·i) + a2 per position i, a0, a1, a2 forms of the training time chosen on held-out checkpoints (Xiong et al. 2024)";

    // The step at which a run reaches the planned tokens, at the tokens per step of its last logged point.
    private static int PlannedStep(LossCurve curve, double tokens)
    {
        if (curve.Tokens.IsEmpty)
            throw new ScalingLawsException($"{curve.Source}, run {curve.Name}: no tokens column, so --tokens cannot be turned into a step; give --steps N, or add a tokens column.");
        var step = Math.Round(tokens / (curve.Tokens[^1] / curve.Steps[^1]));
        return step <= int.MaxValue ? (int)step : throw new ScalingLawsException($"--tokens {tokens:G4}: run {curve.Name} would need {step:G4} steps, more than a step count can hold.");
    }

    // The runs named by --run, in the order named, each once (a run named twice was ranked against itself); every run when none is named.
    private static IReadOnlyList<T> Selected<T>(IReadOnlyList<T> curves, string[] names, Func<T, string> name)
    {
        var wanted = ValueList.Given("--run", names);
        return wanted.Count == 0 ? curves : [.. wanted.Select(wanted =>
            curves.FirstOrDefault(c => string.Equals(name(c), wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new ScalingLawsException($"--run {wanted}: no such run; the runs are {string.Join(", ", curves.Select(name))}.")).Distinct()];
    }
}
