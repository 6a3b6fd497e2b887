using System.CommandLine;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.IO;
using ScalingLaws.Laws;
using ScalingLaws.Optimization;

namespace ScalingLaws.Cli.Options;

/// <summary>The options that choose a law and how it is fitted.</summary>
internal sealed class FitSettingOptions
{
    public Option<string> Law { get; } = new("--law")
    {
        Description = $"Law to fit: {string.Join(", ", LawCatalog.Names)}.",
        DefaultValueFactory = _ => "chinchilla",
    };

    public Option<string> X { get; } = new("--x")
    {
        Description = "Input of a one-variable law (power, pure-power): params, tokens or flops.",
        DefaultValueFactory = _ => "params",
    };

    public Option<string> Objective { get; } = new("--objective")
    {
        Description = "huber-log (Hoffmann et al.: Huber on ln L) or least-squares (raw loss, the Hitchhiker's guide).",
        DefaultValueFactory = _ => "huber-log",
    };

    public Option<double> Delta { get; } = new("--delta")
    {
        Description = "Huber threshold on log residuals.",
        DefaultValueFactory = _ => 1e-3,
    };

    public Option<string[]> Fix { get; } = new("--fix")
    {
        Description = "Hold a parameter at a value, e.g. --fix alpha=0.3527 (to borrow it from another fit). Repeatable.",
    };

    public Option<string[]> Tie { get; } = new("--tie")
    {
        Description = "Make a parameter equal another, e.g. --tie alpha=beta. Repeatable.",
    };

    public Option<string[]> Bound { get; } = new("--bound")
    {
        Description = "Keep a parameter within bounds, e.g. --bound alpha=0:1 or --bound E=1.5: (either end may be left open). Repeatable.",
    };

    public Option<string> Solver { get; } = new("--solver")
    {
        Description = "Local optimiser from each start: lbfgs, or levenberg-marquardt (least squares only; the study's curve_fit kind).",
        DefaultValueFactory = _ => "lbfgs",
    };

    public Option<int> StartStride { get; } = new("--start-stride")
    {
        Description = "Keep every k-th value of each axis of the start grid (2 turns Chinchilla's 4,500 starts into 243).",
        DefaultValueFactory = _ => 1,
    };

    public Option<int> MaxIterations { get; } = new("--max-iterations")
    {
        Description = "Iteration limit per start.",
        DefaultValueFactory = _ => LbfgsSettings.Default.MaxIterations,
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Law, X, Objective, Delta, Fix, Tie, Bound, Solver, StartStride, MaxIterations })
            command.Options.Add(option);
    }

    public ScalingLaw CreateLaw(ParseResult parse)
    {
        var x = parse.GetValue(X)!;
        var input = FieldNames.Find(x) is Field.Params or Field.Tokens or Field.Flops
            ? FieldNames.Find(x)!.Value
            : throw new ScalingLawsException($"--x {x}: choose params, tokens or flops.");
        return LawCatalog.Create(parse.GetValue(Law)!, input);
    }

    public FitOptions CreateOptions(ParseResult parse)
    {
        var iterations = parse.GetValue(MaxIterations);
        if (iterations < 1)
            throw new ScalingLawsException($"--max-iterations {iterations}: give at least 1.");
        return FitOptions.Default with
        {
            Objective = parse.GetValue(Objective) switch
            {
                "huber-log" => FitObjective.HuberLog,
                "least-squares" => FitObjective.LeastSquares,
                var other => throw new ScalingLawsException($"--objective {other}: choose huber-log or least-squares."),
            },
            Delta = parse.GetValue(Delta),
            Solver = parse.GetValue(Solver) switch
            {
                "lbfgs" => FitSolver.Lbfgs,
                "levenberg-marquardt" => FitSolver.LevenbergMarquardt,
                var other => throw new ScalingLawsException($"--solver {other}: choose lbfgs or levenberg-marquardt."),
            },
            StartStride = parse.GetValue(StartStride),
            Constraints = Constraints(parse),
            Optimizer = FitOptions.Default.Optimizer with { MaxIterations = iterations },
            SearchOptimizer = FitOptions.Default.SearchOptimizer with { MaxIterations = iterations },
        };
    }

    private ParameterConstraints Constraints(ParseResult parse)
    {
        var constraints = ParameterConstraints.None;
        foreach (var (name, value) in Pairs(parse.GetValue(Fix), "--fix", "alpha=0.3527"))
            constraints = constraints.Fix(name, OptionValues.Number(value, $"--fix {name}={value}"));
        foreach (var (name, target) in Pairs(parse.GetValue(Tie), "--tie", "alpha=beta"))
            constraints = constraints.Tie(name, target);
        foreach (var (name, range) in Pairs(parse.GetValue(Bound), "--bound", "alpha=0:1"))
        {
            var (lower, upper) = Range(name, range);
            constraints = constraints.Bound(name, lower, upper);
        }
        return constraints;
    }

    // "0:1", "0:" or ":1"; an empty end is open.
    private static (double Lower, double Upper) Range(string name, string range)
    {
        var ends = range.Split(':', 2, StringSplitOptions.TrimEntries);
        if (ends.Length != 2 || (ends[0].Length == 0 && ends[1].Length == 0))
            throw new ScalingLawsException($"--bound {name}={range}: write it as P=LOW:HIGH, e.g. --bound alpha=0:1 (leave an end empty for no bound there).");
        var lower = ends[0].Length == 0 ? double.NegativeInfinity : OptionValues.Number(ends[0], $"--bound {name}={range}");
        var upper = ends[1].Length == 0 ? double.PositiveInfinity : OptionValues.Number(ends[1], $"--bound {name}={range}");
        if (!(lower < upper))
            throw new ScalingLawsException($"--bound {name}={range}: the lower bound must be below the upper bound.");
        return (lower, upper);
    }

    // Each P=V item; a parameter named twice is refused rather than letting the last one win silently.
    private static IEnumerable<(string Name, string Value)> Pairs(string[]? items, string option, string example)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items ?? [])
        {
            var parts = item.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
                throw new ScalingLawsException($"{option} {item}: write it as P=V, e.g. {option} {example}.");
            if (!seen.Add(parts[0]))
                throw new ScalingLawsException($"{option} {item}: {parts[0]} is given twice; give each parameter once.");
            yield return (parts[0], parts[1]);
        }
    }
}
