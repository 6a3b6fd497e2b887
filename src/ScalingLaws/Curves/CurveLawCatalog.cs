namespace ScalingLaws.Curves;

/// <summary>The loss-curve laws by name, as the command line and curve-law files refer to them.</summary>
public static class CurveLawCatalog
{
    /// <summary>Every curve law.</summary>
    public static IReadOnlyList<CurveLaw> All { get; } = [StepPowerLaw.Instance, AnnealingLaw.Instance, MultiPowerLaw.Instance];

    /// <summary>The curve laws' names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(l => l.Name)];

    /// <summary>The curve law called <paramref name="name"/>; an unknown name is an error listing the names.</summary>
    public static CurveLaw Find(string name) =>
        All.FirstOrDefault(l => string.Equals(l.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ScalingLawsException($"unknown curve law '{name}'; choose one of {string.Join(", ", Names)}.");
}
