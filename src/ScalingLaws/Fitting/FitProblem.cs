using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>A scaling law, its parameter layout and validated rows: everything a start or a resample needs.</summary>
internal sealed class FitProblem(FitData data, ParameterLayout layout, FitOptions options, ScalingLaw law)
{
    public FitData Data { get; } = data;
    public ParameterLayout Layout { get; } = layout;
    public FitOptions Options { get; } = options;
    public ScalingLaw Law { get; } = law;

    /// <summary>The law on <paramref name="data"/> (all rows by default) as the engine sees it.</summary>
    public ScalingLawModel Model(FitData? data = null) => new(Law, data ?? Data);

    public ModelObjective CreateObjective(FitData? data = null) => new(Model(data), Layout, Options.Objective, Options.Delta, Options.MaxDegreeOfParallelism);

    /// <summary>One thread's local optimiser on <paramref name="data"/>: it owns its objective and workspace.</summary>
    public StartSolver CreateSolver(FitData data, LbfgsSettings settings) => SolverFactory.Create(Model(data), Layout, Options, settings);

    public static FitProblem Create(ScalingLaw law, ObservationTable table, FitOptions options)
    {
        options.Validate();
        var layout = ParameterLayout.Create(law.Parameters, options.Constraints, law.Name, options.Bounds);
        var data = FitData.Create(table, law);
        if (data.Count < layout.FreeCount)
            throw new ScalingLawsException($"{table.Source}: {QuantityFormat.CountedGrouped(data.Count, "row")} cannot determine {layout.FreeCount} free parameters; add rows or fix parameters with {Setting.Fix}.");
        CheckInputsVary(law, layout, table);
        return new FitProblem(data, layout, options, law);
    }

    // The parameters acting on an input are only identified when that input takes more than one
    // value, unless they are all held fixed (e.g. borrowed from another fit).
    private static void CheckInputsVary(ScalingLaw law, ParameterLayout layout, ObservationTable table)
    {
        for (var input = 0; input < law.Inputs.Length; input++)
        {
            var field = law.Inputs[input];
            var values = table.Column(field);
            if (Varies(values) || law.ParametersOn(input).All(j => layout.Roles[j] == ParameterRole.Fixed))
                continue;
            var name = field.ToString().ToLowerInvariant();
            var names = string.Join(" and ", law.ParametersOn(input).Select(j => law.Parameters[j].Name));
            throw new ScalingLawsException(
                $"{table.Source}: every row has the same {name} ({QuantityFormat.Count(values[0])}), so how loss scales with {Symbols.Of(field)} ({names}) cannot be identified; " +
                $"add rows with other {name} values or fix {names} with {Setting.Fix}.");
        }
        // A constant loss is fitted exactly by any law whose terms vanish: every value found would be arbitrary.
        var losses = table.Column(Field.Loss);
        if (!Varies(losses) && layout.FreeCount > 0)
            throw new ScalingLawsException(
                $"{table.Source}: every row has the same loss ({losses[0]:G6}), so there is no scaling for the law to fit; " +
                "check that the loss column holds each run's measured loss.");
    }

    // One pass, no set: a study checks this for each of its thousand windows.
    private static bool Varies(double[] values)
    {
        foreach (var value in values)
        {
            if (!value.Equals(values[0]))
                return true;
        }
        return false;
    }
}
