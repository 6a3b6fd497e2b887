namespace ScalingLaws.Optimization;

/// <summary>
/// Settings of <see cref="AdamW"/>, with PyTorch's defaults for the moments, ε and weight decay. The stopping rules are
/// those of a fixed-budget fit: at most <see cref="MaxSteps"/>, or <see cref="Patience"/> steps without a new lowest value,
/// or a gradient norm below <see cref="GradientNormTolerance"/>.
/// </summary>
internal sealed record AdamWSettings
{
    /// <summary>One learning rate per coordinate.</summary>
    public required ImmutableArray<double> LearningRates { get; init; }

    /// <summary>The decay rate of the first moment.</summary>
    public double Beta1 { get; init; } = 0.9;

    /// <summary>The decay rate of the second moment.</summary>
    public double Beta2 { get; init; } = 0.999;

    /// <summary>The ε added to the root of the second moment.</summary>
    public double Epsilon { get; init; } = 1e-8;

    /// <summary>Decoupled weight decay: each step first shrinks every coordinate by learning rate × this.</summary>
    public double WeightDecay { get; init; } = 0.01;

    /// <summary>The most steps.</summary>
    public int MaxSteps { get; init; } = 200;

    /// <summary>Steps without improvement before stopping.</summary>
    public int Patience { get; init; } = 20;

    /// <summary>Stop when the Euclidean norm of the gradient falls below this.</summary>
    public double GradientNormTolerance { get; init; } = 1e-5;
}
