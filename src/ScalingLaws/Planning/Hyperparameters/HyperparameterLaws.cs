namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>The published learning-rate and batch-size laws by name.</summary>
public static class HyperparameterLaws
{
    public static IReadOnlyList<HyperparameterLaw> All { get; } = [StepLaw.Instance, DeepSeekHyperparameters.Instance];

    public static HyperparameterLaw Find(string name) =>
        All.FirstOrDefault(l => string.Equals(l.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ScalingLawsException($"{Setting.Law} {name.Trim()}: not a learning-rate and batch-size law; choose one of {string.Join(", ", All.Select(l => l.Name))}.");
}
