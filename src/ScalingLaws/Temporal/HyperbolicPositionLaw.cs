namespace ScalingLaws.Temporal;

/// <summary>Xiong et al. (2024)'s reciprocal law of the loss over context positions: L_i = a0/(1 + a1·i) + a2.</summary>
public sealed class HyperbolicPositionLaw : PositionLaw
{
    /// <summary>The law.</summary>
    public static HyperbolicPositionLaw Instance { get; } = new();

    // a1 from 1e-3 (barely bends over 1,000 positions) to 1e2 (flat after the first position), half-decades.
    private HyperbolicPositionLaw()
        : base("hyperbolic", "L_i = a0/(1 + a1·i) + a2", shapeName: "a1", shapeScale: ParameterScale.Log,
            shapeGrid: [.. Enumerable.Range(0, 11).Select(k => Math.Pow(10, -3 + 0.5 * k))])
    {
    }

    internal override double Shape(double shape, double position, double logPosition) => 1 / (1 + shape * position);

    // f = 1/(1 + a1·i) and ∂f/∂ln a1 = −a1·i·f².
    private protected override void FillShape(double z1, PositionGrid grid, Span<double> shape, Span<double> derivative)
    {
        var a1 = Math.Exp(z1);
        for (var i = 0; i < shape.Length; i++)
        {
            var scaled = a1 * grid.Position[i];
            var f = 1 / (1 + scaled);
            shape[i] = f;
            derivative[i] = -scaled * f * f;
        }
    }
}
