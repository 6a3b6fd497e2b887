namespace ScalingLaws.Planning;

/// <summary>y = k·x^exponent fitted by least squares on ln y against ln x: <see cref="LogLinearFit"/> with one input, without its intervals.</summary>
public sealed record PowerLawFit(double Coefficient, double Exponent)
{
    /// <summary>Coefficient·x^Exponent.</summary>
    public double this[double x] => Coefficient * Math.Pow(x, Exponent);

    /// <summary>The least-squares line of ln y on ln x.</summary>
    public static PowerLawFit Of(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count < 2 || x.Distinct().Count() < 2)
            throw new ScalingLawsException($"a power law needs at least 2 distinct points, got {x.Distinct().Count()}.");
        var (_, _, coefficients) = LogLinearFit.Solve([.. x.Select(v => new[] { v })], y);
        return new PowerLawFit(Math.Exp(coefficients[0]), coefficients[1]);
    }
}
