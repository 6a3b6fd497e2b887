using System.Collections.Immutable;

namespace ScalingLaws.Fitting;

/// <summary>
/// Parameters held at a value (<see cref="Fixed"/>, in natural units, e.g. to borrow α from
/// another fit), tied to another parameter (<see cref="Ties"/>: key takes the value of the
/// target, e.g. alpha → beta) or kept within bounds (<see cref="Bounds"/>, natural units; either
/// end may be infinite). Everything else varies freely. Immutable: each method returns a new set.
/// </summary>
public sealed record ParameterConstraints
{
    public static ParameterConstraints None { get; } = new();

    public ImmutableDictionary<string, double> Fixed { get; init; } = ImmutableDictionary<string, double>.Empty;

    public ImmutableDictionary<string, string> Ties { get; init; } = ImmutableDictionary<string, string>.Empty;

    public ImmutableDictionary<string, (double Lower, double Upper)> Bounds { get; init; } =
        ImmutableDictionary<string, (double Lower, double Upper)>.Empty;

    public ParameterConstraints Fix(string name, double value) => this with { Fixed = Fixed.SetItem(name, value) };

    public ParameterConstraints Tie(string name, string target) => this with { Ties = Ties.SetItem(name, target) };

    public ParameterConstraints Bound(string name, double lower, double upper) => this with { Bounds = Bounds.SetItem(name, (lower, upper)) };
}
