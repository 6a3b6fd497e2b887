using System.Numerics.Tensors;

namespace ScalingLaws.Temporal;

/// <summary>The power-law alternative to the reciprocal law: L_i = a0·i^(−c) + a2.</summary>
public sealed class PowerPositionLaw : PositionLaw
{
    /// <summary>The law.</summary>
    public static PowerPositionLaw Instance { get; } = new();

    private PowerPositionLaw()
        : base("power", "L_i = a0·i^(−c) + a2", shapeName: "c", shapeScale: ParameterScale.Linear,
            shapeGrid: [0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 1.5, 2, 3])
    {
    }

    internal override double Shape(double shape, double position, double logPosition) => Math.Exp(-shape * logPosition);

    // f = i^(−c) and ∂f/∂c = −ln i·f.
    private protected override void FillShape(double z1, PositionGrid grid, Span<double> shape, Span<double> derivative)
    {
        TensorPrimitives.Multiply(grid.LogPosition, -z1, shape);
        TensorPrimitives.Exp(shape, shape);
        TensorPrimitives.Multiply(shape, grid.LogPosition, derivative);
        TensorPrimitives.Negate(derivative, derivative);
    }
}
