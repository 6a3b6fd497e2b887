using System.Collections.Immutable;

namespace ScalingLaws.Temporal;

/// <summary>
/// How the loss at a checkpoint falls with the context position i: an amplitude a0 times a decaying
/// shape f(i), plus a floor a2. Three parameters, fitted as z = (ln a0, shape on its scale, ln a2) so
/// that a0 and a2 stay positive. For a fixed shape the law is linear in (a0, a2), which gives cheap starts.
/// </summary>
public abstract class PositionLaw
{
    public const int ParameterCount = 3;

    /// <summary>The name on the command line and in JSON, e.g. "hyperbolic".</summary>
    public abstract string Name { get; }

    public abstract string Formula { get; }

    public abstract ImmutableArray<string> ParameterNames { get; }

    /// <summary>Values of the shape parameter (the middle one) scanned for starts.</summary>
    internal abstract ImmutableArray<double> ShapeGrid { get; }

    /// <summary>The decaying factor f(i) multiplying a0, for a shape value in natural units.</summary>
    internal abstract double Shape(double shape, double position, double logPosition);

    /// <summary>The middle parameter on the fitting scale (ln a1 for the hyperbola, c itself for the power law).</summary>
    internal abstract double ShapeToInternal(double shape);

    internal abstract double ShapeToNatural(double z);

    /// <summary>f(i) and L̂ᵢ = a0·f(i) + a2 at every position. Allocates nothing.</summary>
    internal void Predict(ReadOnlySpan<double> z, PositionGrid grid, Span<double> shape, Span<double> prediction)
    {
        var (amplitude, s, floor) = (Math.Exp(z[0]), ShapeToNatural(z[1]), Math.Exp(z[2]));
        FillShape(s, grid, shape);
        for (var i = 0; i < prediction.Length; i++)
            prediction[i] = amplitude * shape[i] + floor;
    }

    /// <summary>Σᵢ wᵢ·∂L̂ᵢ/∂z into <paramref name="gradient"/>, given the f(i) the grid prediction filled in. Allocates nothing.</summary>
    internal void Gradient(ReadOnlySpan<double> z, PositionGrid grid, ReadOnlySpan<double> shape, ReadOnlySpan<double> weight, Span<double> gradient)
    {
        var amplitude = Math.Exp(z[0]);
        double weightedShape = 0, weightSum = 0;
        for (var i = 0; i < weight.Length; i++)
        {
            weightedShape += weight[i] * shape[i];
            weightSum += weight[i];
        }
        gradient[0] = amplitude * weightedShape;
        gradient[1] = amplitude * ShapeSlope(z[1], grid, shape, weight);
        gradient[2] = Math.Exp(z[2]) * weightSum;
    }

    /// <summary>f(i) at every position, vectorised where it can be.</summary>
    private protected abstract void FillShape(double shape, PositionGrid grid, Span<double> values);

    /// <summary>Σᵢ wᵢ·∂f(i)/∂z₁.</summary>
    private protected abstract double ShapeSlope(double z1, PositionGrid grid, ReadOnlySpan<double> shape, ReadOnlySpan<double> weight);

    public double[] ToNatural(ReadOnlySpan<double> z) => [Math.Exp(z[0]), ShapeToNatural(z[1]), Math.Exp(z[2])];

    public double[] ToInternal(ReadOnlySpan<double> values) => [Math.Log(values[0]), ShapeToInternal(values[1]), Math.Log(values[2])];

    /// <summary>L_i for parameters in natural units (a0, shape, a2).</summary>
    public double Predict(ReadOnlySpan<double> values, double position) =>
        values[0] * Shape(values[1], position, Math.Log(position)) + values[2];

    public override string ToString() => $"{Name}: {Formula}";
}
