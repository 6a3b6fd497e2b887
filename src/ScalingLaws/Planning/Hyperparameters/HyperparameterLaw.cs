namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>
/// A published law for the optimal peak learning rate and batch size of a run, with its constants and what its
/// compute means. Either from the model size N and tokens D, or from the compute C.
/// </summary>
public abstract class HyperparameterLaw
{
    /// <summary>The name used on the command line, e.g. "step-law".</summary>
    public abstract string Name { get; }

    /// <summary>The formulas with their constants, for the output.</summary>
    public abstract string Formula { get; }

    /// <summary>The paper the constants come from.</summary>
    public abstract string Source { get; }

    /// <summary>True when the law reads N and D; false when it reads the compute C.</summary>
    public abstract bool NeedsParamsAndTokens { get; }

    /// <summary>The optimum for a run of <paramref name="parameters"/> trained on <paramref name="tokens"/>, of compute <paramref name="flops"/> (the law reads what it needs).</summary>
    public abstract HyperparameterOptimum At(double parameters, double tokens, double flops);
}
