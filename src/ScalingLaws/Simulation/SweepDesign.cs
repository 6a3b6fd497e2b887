namespace ScalingLaws.Simulation;

/// <summary>
/// A training sweep to simulate from a known Chinchilla law: IsoFLOP runs (several model sizes per
/// compute budget, final losses only) and a ladder of model sizes trained on one token budget with
/// evenly spaced checkpoints, as Pythia and OPT were. Loss is the law's value times exp(σ·z), z
/// standard normal: multiplicative noise of about σ·100 %.
/// </summary>
public sealed record SweepDesign
{
    /// <summary>
    /// Hoffmann et al. (2022), Approach 3: E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28;
    /// five IsoFLOP budgets 1e18–1e20 with nine sizes each from N*/6 to 6·N*, and six ladder sizes
    /// (70M–2.8B, Pythia's) trained on 100B tokens with a checkpoint every 6.25B; 0.5 % noise.
    /// </summary>
    public static SweepDesign Chinchilla { get; } = new();

    /// <summary>The true law's values in the order of <see cref="Laws.ChinchillaLaw"/>: E, A, B, alpha, beta.</summary>
    public ImmutableArray<double> Truth { get; init; } = Laws.PublishedConstants.Chinchilla;

    /// <summary>IsoFLOP budgets, FLOPs.</summary>
    public ImmutableArray<double> Budgets { get; init; } = [1e18, 3e18, 1e19, 3e19, 1e20];

    /// <summary>Model sizes per budget, log-spaced over [N*/<see cref="SizeSpan"/>, N*·<see cref="SizeSpan"/>].</summary>
    public int SizesPerBudget { get; init; } = 9;

    /// <summary>Sizes at each budget span N*/SizeSpan to N*·SizeSpan.</summary>
    public double SizeSpan { get; init; } = 6;

    /// <summary>Sizes of the ladder family, parameters.</summary>
    public ImmutableArray<double> LadderSizes { get; init; } = [70e6, 160e6, 410e6, 1e9, 1.4e9, 2.8e9];

    /// <summary>The tokens every ladder model is trained on.</summary>
    public double LadderTokens { get; init; } = 100e9;

    /// <summary>Checkpoints per ladder model, evenly spaced up to <see cref="LadderTokens"/>.</summary>
    public int Checkpoints { get; init; } = 16;

    /// <summary>Tokens per optimizer step, to number the checkpoints.</summary>
    public double TokensPerStep { get; init; } = 1 << 20;

    /// <summary>σ of the multiplicative log-normal noise on every loss.</summary>
    public double Noise { get; init; } = 0.005;

    internal void Validate()
    {
        if (Truth.Length != 5 || Truth.Any(v => !(v > 0) || !double.IsFinite(v)))
            throw new ScalingLawsException("a simulated sweep needs five positive values E, A, B, alpha, beta for its true law.");
        if (Budgets.Any(c => !(c > 0) || !double.IsFinite(c)) || LadderSizes.Any(n => !(n > 0) || !double.IsFinite(n)))
            throw new ScalingLawsException("the budgets and ladder sizes of a simulated sweep must be positive numbers.");
        if (SizesPerBudget < 3 || !(SizeSpan > 1) || Checkpoints < 1 || !(LadderTokens > 0) || !(TokensPerStep > 0))
            throw new ScalingLawsException("a simulated sweep needs at least 3 sizes per budget spanning a factor above 1, and at least 1 checkpoint.");
        if (!(Noise >= 0) || !double.IsFinite(Noise))
            throw new ScalingLawsException($"the noise of a simulated sweep must be 0 or more, got {Noise}.");
    }
}
