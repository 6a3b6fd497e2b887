namespace ScalingLaws.Laws;

/// <summary>
/// One parameter of a law: its name, how it is fitted, and the values its default start grid
/// takes, on the fitting scale (for a <see cref="ParameterScale.Log"/> parameter, values of ln p).
/// </summary>
public sealed record LawParameter(string Name, ParameterScale Scale, ImmutableArray<double> StartGrid)
{
    /// <summary>The name of the fitted coordinate: "a" for A on the log scale, otherwise the name itself.</summary>
    public string InternalName => Scale == ParameterScale.Log ? "ln " + Name : Name;

    /// <summary>A natural value on the fitting scale (its log for a log-scale parameter).</summary>
    public double ToInternal(double value) => Scale == ParameterScale.Log ? Math.Log(value) : value;

    /// <summary>A fitting-scale value in natural units.</summary>
    public double ToNatural(double internalValue) => Scale == ParameterScale.Log ? Math.Exp(internalValue) : internalValue;

    /// <summary>Evenly spaced grid values from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static ImmutableArray<double> Range(double first, double last, double step)
    {
        var count = (int)Math.Round((last - first) / step) + 1;
        return [.. Enumerable.Range(0, count).Select(i => first + i * step)];
    }
}
