namespace ScalingLaws.Laws;

/// <summary>Laws by name, as the command line and law files refer to them.</summary>
public static class LawCatalog
{
    /// <summary>The laws' names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["chinchilla", "kaplan", "power", "pure-power", "data-constrained"];

    /// <summary>Creates a law; <paramref name="input"/> chooses x for the one-variable laws.</summary>
    public static ScalingLaw Create(string name, Field input = Field.Params) => name.ToLowerInvariant() switch
    {
        "chinchilla" => ChinchillaLaw.Instance,
        "kaplan" => KaplanLaw.Instance,
        "data-constrained" => DataConstrainedLaw.Instance,
        "power" => new OffsetPowerLaw(CheckInput(input)),
        "pure-power" => new PurePowerLaw(CheckInput(input)),
        _ => throw new ScalingLawsException($"unknown law '{name}'; choose one of {string.Join(", ", Names)}."),
    };

    private static Field CheckInput(Field input) => input is Field.Params or Field.Tokens or Field.Flops
        ? input
        : throw new ScalingLawsException($"a one-variable law needs x = params, tokens or flops, not {input.ToString().ToLowerInvariant()}.");
}
