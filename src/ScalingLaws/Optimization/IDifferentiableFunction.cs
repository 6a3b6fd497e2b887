namespace ScalingLaws.Optimization;

/// <summary>A smooth function of a vector with an analytic gradient.</summary>
internal interface IDifferentiableFunction
{
    /// <summary>Number of variables.</summary>
    int Dimension { get; }

    /// <summary>Returns f(x) and writes ∇f(x) into <paramref name="gradient"/>. Must not allocate.</summary>
    double Evaluate(ReadOnlySpan<double> x, Span<double> gradient);
}
