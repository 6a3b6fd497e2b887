using ScalingLaws.Optimization;

namespace ScalingLaws.Temporal;

/// <summary>
/// Fits the temporal law on a run's first checkpoints and predicts the rest. The forms of a0, a1 and a2
/// are chosen by data without looking at the predicted part: the fitted checkpoints are split again,
/// every combination of candidate forms is fitted on the earlier ones and scored on the later ones
/// (<see cref="FormChoice"/>), and the best combination (the simpler one on ties) is refitted on all
/// fitted checkpoints. Each fit is a joint fit of every coefficient to every fitted per-position loss on the engine
/// (<see cref="TemporalModel"/>, Huber(δ = 1%) on log losses), started from forms fitted to the per-checkpoint hyperbolas.
/// </summary>
/// <param name="fitFraction">The leading fraction of checkpoints to fit, in (0, 1).</param>
/// <param name="forms">Forms for (a0, a1, a2) to use instead of choosing them; null to choose by data.</param>
/// <param name="constraints">
/// Coefficients held, tied or bounded by their engine names (a0.c0, a1.tau, …). When the forms are chosen by data, only
/// the combinations that have every named coefficient are tried (fixing a1.tau makes a1 hyperbolic).
/// </param>
public sealed class TemporalFitter(
    double fitFraction = 0.5, IReadOnlyList<TemporalForm>? forms = null, int maxDegreeOfParallelism = 0, ParameterConstraints? constraints = null)
{
    private readonly ParameterConstraints _constraints = constraints ?? ParameterConstraints.None;

    /// <summary>Three checkpoints to fit three-coefficient forms plus one to choose among them.</summary>
    public const int MinimumFitted = 4;

    /// <summary>Below this max/min of the fitted learning rates the schedule form's annealing term is unidentifiable.</summary>
    public const double MinimumRateVariation = 1.1;

    // Choosing forms needs each combination only near its optimum; the chosen one is then fitted tightly.
    private static readonly LbfgsSettings SelectionSettings = new() { GradientTolerance = 1e-6, RelativeTolerance = 1e-9 };

    private int Cores => Parallelism.Cores(maxDegreeOfParallelism);

    /// <summary>Fits the temporal law to the run's first checkpoints and predicts the rest.</summary>
    public TemporalForecast Fit(PositionLosses run, CancellationToken cancellation = default)
    {
        var fitted = FittedCount(run);
        var hyperbolas = PositionFits.Fit(HyperbolicPositionLaw.Instance, run, fitted, Cores, cancellation);
        var series = hyperbolas.Select(f => f.Values).ToArray();
        var clock = TemporalClock.Calibrated(run, [.. series.Select(v => v[2])]);
        var notes = new List<string>();
        var candidates = forms is null ? Candidates(run, fitted, clock, notes) : Given(forms, run, fitted);
        var validation = Math.Max(1, (int)Math.Round(fitted / 4.0));
        var data = TemporalData.Of(run, clock);

        var choices = Choose(candidates, data, series, fitted - validation, fitted, cancellation);
        var best = choices[0];
        if (!double.IsFinite(best.Choice.ValidationError))
            throw new ScalingLawsException($"{run.Source}, run '{run.Run}': no combination of temporal forms gives a valid reciprocal law (a1 > 0, losses > 0) on the checkpoints held out to choose them; {Remedy(run, hyperbolas)}");

        var starts = SeriesStarts(best.Choice.Forms, clock, series, fitted).Append(best.Solution);
        var final = Minimize(best.Choice.Forms, data, fitted, starts, LbfgsSettings.Default, _constraints);
        var law = new TemporalLaw(best.Choice.Forms, final.Z, clock);
        var predictions = Enumerable.Range(0, run.Count).Select(k => law.Losses(k, run.PositionCount)).ToArray();
        CheckValid(run, law, predictions);
        notes.Add($"forms chosen on checkpoints {fitted - validation + 1}–{fitted} (steps {run[fitted - validation].Step:N0}–{run[fitted - 1].Step:N0}) after fitting checkpoints 1–{fitted - validation}; then refitted on all {fitted}");
        return new TemporalForecast
        {
            Run = run,
            Fitted = fitted,
            Validation = validation,
            Law = law,
            Candidates = candidates,
            Combinations = [.. choices.Select(c => c.Choice)],
            Objective = final.Value,
            Status = final.Status,
            Diagnostics = final.Diagnostics,
            Constraints = _constraints,
            Predictions = [.. predictions.Select(p => p.ToImmutableArray())],
            Notes = [.. notes],
        };
    }

    /// <summary>Below this R² a checkpoint's hyperbola says the reciprocal law does not hold there yet.</summary>
    public const double SettledR2 = 0.8;

    // Early checkpoints whose positions do not yet follow the hyperbola throw the forms' starts off: say where it starts to hold.
    internal static Wording Remedy(PositionLosses run, IReadOnlyList<PositionLawFit> hyperbolas)
    {
        var settled = Enumerable.Range(0, hyperbolas.Count).FirstOrDefault(k => hyperbolas[k].Metrics.R2 >= SettledR2);
        if (settled == 0)
            return $"fit on more checkpoints with a larger {Setting.FitFraction}.";
        var which = settled == 1 ? "the first checkpoint does" : $"the first {settled} checkpoints do";
        return $"{which} not follow the reciprocal law yet (R² {hyperbolas[0].Metrics.R2:F2} at step {run[0].Step:N0}); " +
            $"leave {(settled == 1 ? "it" : "them")} out with {Setting.FromStep} {run[settled].Step:G}, or fit on more checkpoints with a larger {Setting.FitFraction}.";
    }

    private int FittedCount(PositionLosses run)
    {
        if (!(fitFraction > 0 && fitFraction < 1))
            throw new ScalingLawsException($"{Setting.FitFraction} {QuantityFormat.Plain(fitFraction)}: give a fraction between 0 and 1 (exclusive), e.g. 0.5 to fit the first half of the checkpoints.");
        var fitted = (int)Math.Floor(fitFraction * run.Count);
        if (fitted < MinimumFitted)
            throw new ScalingLawsException($"{run.Source}, run '{run.Run}': {Setting.FitFraction} {QuantityFormat.Plain(fitFraction)} of {run.Count} checkpoints leaves {fitted} to fit; the temporal law needs at least {MinimumFitted} (3 to fit its forms, 1 to choose among them); raise {Setting.FitFraction} or add checkpoints.");
        if (fitted >= run.Count)
            throw new ScalingLawsException($"{run.Source}, run '{run.Run}': {Setting.FitFraction} {QuantityFormat.Plain(fitFraction)} of {run.Count} checkpoints leaves none to predict; lower it.");
        return fitted;
    }

    // The schedule forms need learning rates and a positive area; the annealing term needs rates that vary.
    private static ImmutableArray<TemporalForm> Candidates(PositionLosses run, int fitted, TemporalClock clock, List<string> notes)
    {
        if (!run.HasLearningRate || !(clock.Area[0] > 0))
        {
            // A rate of 0 throughout was said to be 0 "at the first checkpoint" only.
            notes.Add(!run.HasLearningRate ? "no lr column: the schedule forms were not tried (logarithmic and hyperbolic only)"
                : run.Checkpoints.Any(c => c.LearningRate > 0) ? "the learning rate is 0 at the first checkpoint: the schedule forms were not tried"
                : "the learning rate is 0 at every checkpoint: the schedule forms were not tried (check the lr column)");
            return [TemporalForm.Logarithmic, TemporalForm.Hyperbolic];
        }
        if (RatesVary(run, fitted))
            return [TemporalForm.Logarithmic, TemporalForm.Hyperbolic, TemporalForm.Schedule];
        notes.Add($"the learning rate varies less than {MinimumRateVariation - 1:P0} over the fitted checkpoints, so the annealing term is unidentifiable: the area form replaces the schedule form, and a later decay of the rate cannot be foreseen");
        return [TemporalForm.Logarithmic, TemporalForm.Hyperbolic, TemporalForm.Area];
    }

    private static bool RatesVary(PositionLosses run, int fitted)
    {
        var rates = run.Checkpoints.Take(fitted).Select(c => c.LearningRate!.Value).ToArray();
        return rates.Max() >= MinimumRateVariation * rates.Min();
    }

    private static ImmutableArray<TemporalForm> Given(IReadOnlyList<TemporalForm> forms, PositionLosses run, int fitted)
    {
        if (forms.Count != TemporalLaw.ParameterCount)
            throw new ScalingLawsException($"give {TemporalLaw.ParameterCount} forms, one each for a0, a1 and a2; got {forms.Count}.");
        if (forms.Any(f => f.NeedsSchedule) && !(run.HasLearningRate && run[0].LearningRate > 0))
            throw new ScalingLawsException($"{run.Source}: the {forms.First(f => f.NeedsSchedule).Name} form needs a positive learning rate at every checkpoint (an lr column); add one or choose other forms.");
        if (forms.Contains(TemporalForm.Schedule) && !RatesVary(run, fitted))
            throw new ScalingLawsException($"{run.Source}: the learning rate varies less than {MinimumRateVariation - 1:P0} over the fitted checkpoints, so the schedule form's annealing term cannot be fitted; use the area form or fit more checkpoints.");
        return [.. forms.Distinct()];
    }

    // Every combination, fitted on the first `inner` checkpoints from one start and scored on the rest up to `fitted`.
    private List<(FormChoice Choice, double[] Solution)> Choose(
        ImmutableArray<TemporalForm> candidates, TemporalData data, ImmutableArray<double>[] series, int inner, int fitted, CancellationToken cancellation)
    {
        var combinations = Constrained(forms is not null
            ? [[.. forms]]
            : (from f0 in candidates from f1 in candidates from f2 in candidates select ImmutableArray.Create(f0, f1, f2)).ToArray(), candidates);
        var results = new (FormChoice Choice, double[] Solution)[combinations.Length];
        var innerClock = TemporalClock.For(data.Run, inner, data.Clock.InitialAreaFraction);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Cores, CancellationToken = cancellation };
        Parallel.For(0, combinations.Length, parallel, c =>
        {
            var forms = combinations[c];
            var start = SeriesStarts(forms, innerClock, series, inner).First();
            var fit = Minimize(forms, data.On(innerClock), inner, [start], SelectionSettings, _constraints);
            var law = new TemporalLaw(forms, fit.Z, innerClock);
            results[c] = (new FormChoice(forms, ValidationError(data.Run, law, inner, fitted)), fit.Z);
        });
        return [.. results.OrderBy(r => r.Choice.ValidationError).ThenBy(r => r.Choice.CoefficientCount)];
    }

    // The combinations that have every constrained coefficient, each layout checked here rather than in the parallel fits.
    private ImmutableArray<TemporalForm>[] Constrained(ImmutableArray<TemporalForm>[] combinations, ImmutableArray<TemporalForm> candidates)
    {
        if (_constraints.IsNone)
            return combinations;
        ParameterLayout.CheckNames(candidates.SelectMany(f => TemporalModel.ParametersOf([f, f, f])), _constraints, "temporal");
        var names = _constraints.Names.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var kept = combinations.Where(c => names.All(n => TemporalModel.ParametersOf(c).IndexOf(n) >= 0)).ToArray();
        if (kept.Length == 0)
            throw new ScalingLawsException($"{Setting.Fix}, {Setting.Tie} and {Setting.Bound} name {string.Join(", ", names)}, which no one choice of forms has together (a coefficient's name says its form: tau is the hyperbolic form's, c2 the schedule form's); name coefficients of one form per parameter.");
        foreach (var combination in kept)
            ParameterLayout.Create(TemporalModel.ParametersOf(combination), _constraints, "temporal");
        return kept;
    }

    // The octave means of ln L − ln L̂ (positions 1, 2–3, 4–7, …), squared and weighted by the octave's size.
    private static double ValidationError(PositionLosses run, TemporalLaw law, int from, int to)
    {
        double squares = 0;
        var count = 0;
        for (var k = from; k < to; k++)
        {
            var predicted = law.Losses(k, run.PositionCount);
            if (!(law.Parameters(k).A1 > 0) || !predicted.All(l => l > 0))
                return double.PositiveInfinity;
            for (var first = 1; first <= predicted.Length; first *= 2)
            {
                var last = Math.Min(2 * first - 1, predicted.Length);
                var mean = Enumerable.Range(first, last - first + 1).Average(i => Math.Log(run[k].Losses[i - 1] / predicted[i - 1]));
                squares += (last - first + 1) * mean * mean;
                count += last - first + 1;
            }
        }
        return Math.Sqrt(squares / count);
    }

    // Each form fitted to its parameter's per-checkpoint series; every combination of the forms' starts.
    private static IEnumerable<double[]> SeriesStarts(ImmutableArray<TemporalForm> forms, TemporalClock clock, ImmutableArray<double>[] series, int count)
    {
        var points = clock.Points.Take(count).ToArray();
        var perParameter = Enumerable.Range(0, TemporalLaw.ParameterCount)
            .Select(j => forms[j].Starts(points, [.. series.Take(count).Select(v => v[j])]))
            .ToArray();
        return from z0 in perParameter[0] from z1 in perParameter[1] from z2 in perParameter[2] select (double[])[.. z0, .. z1, .. z2];
    }

    // The engine from the given starts, one thread (combinations run in parallel instead); the search runs to the
    // given tolerances from every start, the polish of the best to the same.
    private static (double[] Z, double Value, FitStatus Status, ImmutableArray<FitDiagnostic> Diagnostics) Minimize(
        ImmutableArray<TemporalForm> forms, TemporalData data, int count, IEnumerable<double[]> starts, LbfgsSettings settings, ParameterConstraints constraints)
    {
        var model = data.Model(forms, count);
        var layout = ParameterLayout.Create(model.Parameters, constraints, model.Name);
        var options = FitOptions.Default with
        {
            Objective = FitObjective.HuberLog,
            Delta = LogHuber.Delta,
            SearchOptimizer = settings,
            Optimizer = settings,
            MaxDegreeOfParallelism = 1,
        };
        // Starts and the law hold coefficients on the fitting scale; the engine takes and gives natural units.
        var natural = starts.Select(z => (IReadOnlyList<double>)model.Parameters.ToNatural(z)).ToArray();
        var fit = new ModelFitter(options).Fit(model, layout, StartGrid.Of(layout, natural), CancellationToken.None);
        var value = double.IsFinite(fit.ObjectiveValue) ? fit.ObjectiveValue : double.PositiveInfinity;
        return (model.Parameters.ToInternal(fit.Values.AsSpan()), value, fit.Status, fit.Diagnostics);
    }

    private static void CheckValid(PositionLosses run, TemporalLaw law, double[][] predictions)
    {
        for (var k = 0; k < run.Count; k++)
        {
            if (law.Parameters(k).A1 > 0 && predictions[k].All(l => l > 0 && double.IsFinite(l)))
                continue;
            throw new ScalingLawsException($"{run.Source}, run '{run.Run}': the fitted temporal law breaks down at step {run[k].Step:N0} (a1 ≤ 0 or a loss ≤ 0, where the reciprocal law is undefined); fit on more checkpoints with a larger {Setting.FitFraction}.");
        }
    }

    /// <summary>The run's losses, their logs and positions, computed once, and the clock the model reads.</summary>
    private sealed record TemporalData(PositionLosses Run, TemporalClock Clock, double[] Losses, double[] LogLosses, double[] Position)
    {
        public static TemporalData Of(PositionLosses run, TemporalClock clock)
        {
            double[] losses = [.. run.Checkpoints.SelectMany(c => c.Losses)];
            return new(run, clock, losses, [.. losses.Select(l => Math.Log(l))], new PositionGrid(run.PositionCount).Position);
        }

        /// <summary>The same data on another clock (the selection's, scaled to its own last fitted checkpoint).</summary>
        public TemporalData On(TemporalClock clock) => this with { Clock = clock };

        /// <summary>The law with these forms on the first <paramref name="count"/> checkpoints.</summary>
        public TemporalModel Model(ImmutableArray<TemporalForm> forms, int count) =>
            new(forms, [.. Clock.Points.Take(count)], Position, Losses, LogLosses);
    }
}
