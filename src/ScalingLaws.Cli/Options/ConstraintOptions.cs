namespace ScalingLaws.Cli.Options;

/// <summary>
/// <c>--fix P=V</c>, <c>--tie P=Q</c> and <c>--bound P=LOW:HIGH</c>: parameters held, tied or kept within bounds, for
/// every command that fits a law on the engine. The engine checks the names against the law's parameters.
/// </summary>
/// <param name="fix">An example for the help text, e.g. "alpha=0.3527"; likewise <paramref name="tie"/> and <paramref name="bound"/>.</param>
internal sealed class ConstraintOptions(string fix, string tie, string bound) : IOptionGroup
{
    public Option<string[]> Fix { get; } = new("--fix")
    {
        Description = $"Hold a parameter at a value, e.g. --fix {fix} (to borrow it from another fit). Repeatable.",
    };

    public Option<string[]> Tie { get; } = new("--tie")
    {
        Description = $"Make a parameter equal another, e.g. --tie {tie}. Repeatable.",
    };

    public Option<string[]> Bound { get; } = new("--bound")
    {
        Description = $"Keep a parameter within bounds, e.g. --bound {bound} (leave an end empty for no bound there). Repeatable.",
    };

    public IEnumerable<Option> All => [Fix, Tie, Bound];

    public void AddTo(Command command) => command.AddAll(All);

    /// <summary>
    /// <paramref name="constraints"/>, once every exponent given by --fix is in the domain a law file's are held to: an
    /// exponent of 1e308 or −200 fits, but the law it gives means nothing. (The engine refuses a constant that is not positive.)
    /// </summary>
    public static ParameterConstraints CheckExponents(ParameterConstraints constraints, IReadOnlyList<LawParameter> parameters, Func<string, int> indexOf, Func<int, bool> isExponent)
    {
        foreach (var (name, value) in constraints.Fixed)
        {
            if (indexOf(name) is var j and >= 0 && isExponent(j))
                LawDomain.Check(parameters[j], value, $"--fix {name}");
        }
        return constraints;
    }

    public ParameterConstraints Create(ParseResult parse)
    {
        var constraints = ParameterConstraints.None;
        foreach (var (name, value) in Pairs(parse.GetValue(Fix), "--fix", fix))
            constraints = constraints.Fix(name, OptionValues.Number(value, $"--fix {name}={value}"));
        foreach (var (name, target) in Pairs(parse.GetValue(Tie), "--tie", tie))
            constraints = constraints.Tie(name, target);
        foreach (var (name, range) in Pairs(parse.GetValue(Bound), "--bound", bound))
        {
            var (lower, upper) = Range(name, range);
            constraints = constraints.Bound(name, lower, upper);
        }
        return constraints;
    }

    // "0:1", "0:" or ":1"; an empty end is open.
    private (double Lower, double Upper) Range(string name, string range)
    {
        var ends = range.Split(':', 2, StringSplitOptions.TrimEntries);
        if (ends.Length != 2 || (ends[0].Length == 0 && ends[1].Length == 0))
            throw new ScalingLawsException($"--bound {name}={range}: write it as P=LOW:HIGH, e.g. --bound {bound} (leave an end empty for no bound there).");
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
