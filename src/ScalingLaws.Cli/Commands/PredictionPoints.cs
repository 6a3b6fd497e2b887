namespace ScalingLaws.Cli.Commands;

/// <summary>
/// Pairs the --params, --tokens, --flops and --unique-tokens values into points (a single value is used
/// for every point) and completes each point under C = 6ND; a point given twice is read once.
/// </summary>
internal static class PredictionPoints
{
    public static IReadOnlyList<Observation> Build(ScalingLaw law, double[] parameters, double[] tokens, double[] flops, double[]? unique = null)
    {
        unique ??= [];
        var count = new[] { parameters.Length, tokens.Length, flops.Length, unique.Length }.Max();
        if (count == 0)
            throw new ScalingLawsException($"give the points to predict with {string.Join(" and ", law.Inputs.Select(Option))}, e.g. --params 70B --tokens 1.4T, or give a table of them as FILE.");
        // A law without a term for repeated data would ignore them, and answer as if every token were new (optimal refuses the same).
        if (unique.Length > 0 && !law.Inputs.Contains(Field.UniqueTokens))
            throw new ScalingLawsException($"--unique-tokens: the {law.Name} law has no term for repeated data, so it would be ignored; use --law data-constrained or a law file fitted with 'scaling fit ... --law data-constrained', or leave --unique-tokens out.");
        foreach (var (values, name) in new[] { (parameters, "--params"), (tokens, "--tokens"), (flops, "--flops"), (unique, "--unique-tokens") })
        {
            if (values.Length is not (0 or 1) && values.Length != count)
                throw new ScalingLawsException($"{name} has {values.Length} values but another option has {count}; give one value or {count}.");
        }
        var points = Enumerable.Range(0, count)
            .Select(i => new Observation(At(parameters, i), At(tokens, i), At(flops, i), double.NaN, UniqueTokens: At(unique, i)))
            .Select(Complete)
            .Distinct() // the same point given twice is one question, answered once
            .ToList();
        foreach (var field in law.Inputs)
        {
            if (points.Any(p => !double.IsFinite(Data.ObservationTable.Value(p, field))))
                throw new ScalingLawsException($"the {law.Name} law needs {string.Join(" and ", law.Inputs.Select(Option))} (for N and D, two of --params, --tokens, --flops).");
        }
        if (points.FirstOrDefault(p => p.UniqueTokens > p.Tokens) is { Params: > 0 } over)
            throw new ScalingLawsException(
                $"--unique-tokens {Quantity.Format(over.UniqueTokens)} is more than the {Quantity.Format(over.Tokens)} tokens planned: a run of D tokens sees at most D unique ones; give --unique-tokens at most --tokens (equal to it for data seen once).");
        return points;
    }

    /// <summary>
    /// A warning when a law of one input is given several values of another option it does not read (a law of D given
    /// --params 1B 7B 70B and one --tokens): its rows would differ in N and show one loss, as if N had no effect; null otherwise.
    /// </summary>
    public static string? Unread(ScalingLaw law, double[] parameters, double[] tokens, double[] flops)
    {
        if (law.Inputs.Length != 1)
            return null;
        (Field Input, double[] Values)[] given = [(Field.Params, parameters), (Field.Tokens, tokens), (Field.Flops, flops)];
        // The law's input read as given: every other option only fills the table's other columns.
        if (!given.Any(g => g.Input == law.Inputs[0] && g.Values.Length > 0))
            return null;
        var unread = given.Where(g => g.Input != law.Inputs[0] && g.Values.Distinct().Count() > 1).Select(g => Option(g.Input)).ToArray();
        return unread.Length == 0 ? null
            : $"warning: the {law.Name} law's loss depends on {Option(law.Inputs[0])} alone, so the several {string.Join(" and ", unread)} values change only the table's other columns, not the loss.";
    }

    /// <summary>
    /// The rows of a table as points (their own N, D, C and U, each already completed under C = 6ND as it was read); refused beside
    /// --params and the other point options, and when a row lacks an input the law needs.
    /// </summary>
    public static IReadOnlyList<Observation> Of(ScalingLaw law, ObservationTable rows, IEnumerable<Option> pointOptions, ParseResult parse)
    {
        if (pointOptions.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } given)
            throw new ScalingLawsException($"{given.Name} and a table of rows both give the points to predict; give one of them.");
        if (rows.Count == 0)
            throw new ScalingLawsException($"{rows.Source}: no row is left to predict; loosen the row rules.");
        foreach (var row in rows.Rows)
        {
            foreach (var field in law.Inputs.Where(f => !double.IsFinite(Data.ObservationTable.Value(row, f))))
                throw new ScalingLawsException($"{rows.Source}, row {row.SourceRow}: no {FieldNames.Name(field)}, which the {law.Name} law needs; fill it in, or leave the row out (--where).");
        }
        return rows.Rows;
    }

    private static double At(double[] values, int i) => values.Length switch
    {
        0 => double.NaN,
        1 => values[0],
        _ => values[i],
    };

    /// <summary>The point with the third of N, D and C filled in from the other two by C = 6ND; refused when all three disagree.</summary>
    public static Observation Complete(Observation p)
    {
        if (double.IsFinite(p.Params) && double.IsFinite(p.Tokens) && double.IsFinite(p.Flops) &&
            Math.Abs(Compute.Flops(p.Params, p.Tokens) / p.Flops - 1) > 0.01)
            throw new ScalingLawsException(
                $"--params {Quantity.Format(p.Params)}, --tokens {Quantity.Format(p.Tokens)} and --flops {Quantity.FormatScientific(p.Flops)} disagree with C = 6ND " +
                $"(6 × {Quantity.Format(p.Params)} × {Quantity.Format(p.Tokens)} = {Quantity.FormatScientific(Compute.Flops(p.Params, p.Tokens))}, {Apart(Compute.Flops(p.Params, p.Tokens) / p.Flops)} --flops); give two of the three.");
        return ComputeDerivation.FillThird(p, deriveParams: true);
    }

    // How far 6ND lies from --flops: a percentage while within a factor of two, past it a factor ("4.2e+12 times", not "419999999999900%").
    private static string Apart(double ratio) => ratio is >= 0.5 and <= 2
        ? $"{100 * Math.Abs(ratio - 1):0.#}% from"
        : ratio > 1 ? $"{QuantityFormat.Scientific(ratio)} times" : $"1/{QuantityFormat.Scientific(1 / ratio)} of";

    private static string Option(Field field) => field == Field.UniqueTokens ? "--unique-tokens" : "--" + field.ToString().ToLowerInvariant();
}
