namespace ScalingLaws.Laws;

/// <summary>
/// The five values of a Chinchilla law L = E + A/N^α + B/D^β by name, for code that would otherwise write them as a list in
/// the law's parameter order (<see cref="ChinchillaLaw.E"/>, <see cref="ChinchillaLaw.A"/>, …).
/// </summary>
/// <param name="E">The irreducible loss.</param>
/// <param name="A">The coefficient of the N term.</param>
/// <param name="B">The coefficient of the D term.</param>
/// <param name="Alpha">The exponent α of N.</param>
/// <param name="Beta">The exponent β of D.</param>
public sealed record ChinchillaParameters(double E, double A, double B, double Alpha, double Beta)
{
    /// <summary>Hoffmann et al. 2022, Approach 3 (<see cref="PublishedConstants.Chinchilla"/>).</summary>
    public static ChinchillaParameters Hoffmann { get; } = Of(PublishedConstants.Chinchilla);

    /// <summary>Names the values of a list in the law's parameter order, e.g. a fit's <c>Values</c>.</summary>
    public static ChinchillaParameters Of(IReadOnlyList<double> values) =>
        new(values[ChinchillaLaw.E], values[ChinchillaLaw.A], values[ChinchillaLaw.B], values[ChinchillaLaw.Alpha], values[ChinchillaLaw.Beta]);

    /// <summary>The values in the law's parameter order, as <see cref="ScalingLaw"/> takes them.</summary>
    public double[] ToValues()
    {
        var values = new double[ChinchillaLaw.Instance.ParameterCount];
        (values[ChinchillaLaw.E], values[ChinchillaLaw.A], values[ChinchillaLaw.B], values[ChinchillaLaw.Alpha], values[ChinchillaLaw.Beta]) = (E, A, B, Alpha, Beta);
        return values;
    }
}
