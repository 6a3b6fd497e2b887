namespace ScalingLaws.Laws;

/// <summary>What every kind of law does with its parameter list: find by name, convert between scales.</summary>
internal static class LawParameters
{
    /// <summary>The index of a parameter by name (case-insensitive), or −1.</summary>
    public static int IndexOf(this ImmutableArray<LawParameter> parameters, string name)
    {
        for (var j = 0; j < parameters.Length; j++)
        {
            if (string.Equals(parameters[j].Name, name, StringComparison.OrdinalIgnoreCase))
                return j;
        }
        return -1;
    }

    /// <summary>Natural values to the fitting scale (ln for log-scaled parameters).</summary>
    public static double[] ToInternal(this ImmutableArray<LawParameter> parameters, ReadOnlySpan<double> values)
    {
        var theta = new double[parameters.Length];
        for (var j = 0; j < theta.Length; j++)
            theta[j] = parameters[j].ToInternal(values[j]);
        return theta;
    }

    /// <summary>Fitting-scale values back to natural units.</summary>
    public static double[] ToNatural(this ImmutableArray<LawParameter> parameters, ReadOnlySpan<double> theta)
    {
        var values = new double[parameters.Length];
        for (var j = 0; j < values.Length; j++)
            values[j] = parameters[j].ToNatural(theta[j]);
        return values;
    }
}
