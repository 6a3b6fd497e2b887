namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>The published learning-rate and batch-size laws by name.</summary>
public static class HyperparameterLaws
{
    /// <summary>Every published hyperparameter law.</summary>
    public static IReadOnlyList<HyperparameterLaw> All { get; } = [StepLaw.Instance, DeepSeekHyperparameters.Instance];

    /// <summary>The law called <paramref name="name"/>; an unknown name is an error listing the names.</summary>
    public static HyperparameterLaw Find(string name) =>
        All.FirstOrDefault(l => string.Equals(l.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ScalingLawsException($"{Setting.Law} {name.Trim()}: not a learning-rate and batch-size law; choose one of {string.Join(", ", All.Select(l => l.Name))}.");
}
