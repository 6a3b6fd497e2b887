namespace ScalingLaws.Optimization;

/// <summary>A sum of squared residuals Σ rᵢ(x)² that also gives its Gauss–Newton normal equations.</summary>
internal interface ILeastSquaresFunction
{
    /// <summary>Number of variables.</summary>
    int Dimension { get; }

    /// <summary>
    /// Returns Σ rᵢ² at <paramref name="x"/>. When <paramref name="normal"/> is not empty, also writes
    /// JᵀJ there (row-major, Dimension²) and Jᵀr into <paramref name="gradient"/>. Must not allocate.
    /// </summary>
    double Evaluate(ReadOnlySpan<double> x, Span<double> normal, Span<double> gradient);
}
