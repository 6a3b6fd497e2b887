namespace ScalingLaws.Temporal;

/// <summary>
/// How the loss at a checkpoint falls with the context position i: an amplitude a0 times a decaying
/// shape f(i), plus a floor a2. Three parameters, fitted as z = (ln a0, shape on its scale, ln a2) so
/// that a0 and a2 stay positive. For a fixed shape the law is linear in (a0, a2), which gives cheap starts.
/// </summary>
public abstract class PositionLaw
{
    /// <summary>Parameters of every position law.</summary>
    public const int ParameterCount = 3;

    private protected PositionLaw(string name, string formula, string shapeName, ParameterScale shapeScale, ImmutableArray<double> shapeGrid) =>
        (Name, Formula, ParameterNames, ShapeScale, ShapeGrid) = (name, formula, ["a0", shapeName, "a2"], shapeScale, shapeGrid);

    /// <summary>The name on the command line and in JSON, e.g. "hyperbolic".</summary>
    public string Name { get; }

    /// <summary>The formula in the parameters' names.</summary>
    public string Formula { get; }

    /// <summary>The parameters' names in order.</summary>
    public ImmutableArray<string> ParameterNames { get; }

    /// <summary>a0, the shape parameter and a2 with their fitting scales; the shape's start grid is <see cref="ShapeGrid"/>.</summary>
    public ImmutableArray<LawParameter> Parameters =>
    [
        new(ParameterNames[0], ParameterScale.Log, []),
        new(ParameterNames[1], ShapeScale, [.. ShapeGrid.Select(ShapeToInternal)]),
        new(ParameterNames[2], ParameterScale.Log, []),
    ];

    /// <summary>Values of the shape parameter (the middle one) scanned for starts, natural units.</summary>
    internal ImmutableArray<double> ShapeGrid { get; }

    /// <summary>How the shape parameter is fitted (ln a1 for the hyperbola, c itself for the power law).</summary>
    internal ParameterScale ShapeScale { get; }

    /// <summary>The decaying factor f(i) multiplying a0, for a shape value in natural units.</summary>
    internal abstract double Shape(double shape, double position, double logPosition);

    internal double ShapeToInternal(double shape) => ShapeScale == ParameterScale.Log ? Math.Log(shape) : shape;

    internal double ShapeToNatural(double z) => ShapeScale == ParameterScale.Log ? Math.Exp(z) : z;

    /// <summary>
    /// L̂ᵢ = a0·f(i) + a2 at every position and the Jacobian <c>jacobian[j·n + i] = ∂L̂ᵢ/∂zⱼ</c>; f goes to
    /// <paramref name="shape"/>. Allocates nothing.
    /// </summary>
    internal void Predict(ReadOnlySpan<double> z, PositionGrid grid, Span<double> prediction, Span<double> jacobian, Span<double> shape)
    {
        var n = prediction.Length;
        var (amplitude, floor) = (Math.Exp(z[0]), Math.Exp(z[2]));
        var byAmplitude = jacobian[..n];
        var byShape = jacobian.Slice(n, n);
        var byFloor = jacobian.Slice(2 * n, n);
        FillShape(z[1], grid, shape, byShape);
        for (var i = 0; i < n; i++)
        {
            byAmplitude[i] = amplitude * shape[i];
            prediction[i] = byAmplitude[i] + floor;
            byShape[i] *= amplitude;
        }
        byFloor.Fill(floor);
    }

    /// <summary>f(i) and ∂f(i)/∂z₁ at every position (z₁ the shape on its fitting scale), in one pass where it can be.</summary>
    private protected abstract void FillShape(double z1, PositionGrid grid, Span<double> shape, Span<double> derivative);

    /// <summary>Fitting-scale values to natural units.</summary>
    public double[] ToNatural(ReadOnlySpan<double> z) => [Math.Exp(z[0]), ShapeToNatural(z[1]), Math.Exp(z[2])];

    /// <summary>Natural values to the fitting scale.</summary>
    public double[] ToInternal(ReadOnlySpan<double> values) => [Math.Log(values[0]), ShapeToInternal(values[1]), Math.Log(values[2])];

    /// <summary>L_i for parameters in natural units (a0, shape, a2).</summary>
    public double Predict(ReadOnlySpan<double> values, double position) =>
        values[0] * Shape(values[1], position, Math.Log(position)) + values[2];

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Formula}";
}
