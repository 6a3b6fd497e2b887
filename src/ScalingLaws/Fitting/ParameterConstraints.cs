namespace ScalingLaws.Fitting;

/// <summary>
/// Parameters held at a value (<see cref="Fixed"/>, in natural units, e.g. to borrow α from
/// another fit), tied to another parameter (<see cref="Ties"/>: key takes the value of the
/// target, e.g. alpha → beta) or kept within bounds (<see cref="Bounds"/>, natural units; either
/// end may be infinite). Everything else varies freely. Immutable: each method returns a new set.
/// </summary>
public sealed record ParameterConstraints
{
    /// <summary>No constraints.</summary>
    public static ParameterConstraints None { get; } = new();

    /// <summary>Parameters held at a value, by name.</summary>
    public ImmutableDictionary<string, double> Fixed { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>Parameters tied to another, by name.</summary>
    public ImmutableDictionary<string, string> Ties { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Bounds on parameters, by name, natural units.</summary>
    public ImmutableDictionary<string, (double Lower, double Upper)> Bounds { get; init; } =
        ImmutableDictionary<string, (double Lower, double Upper)>.Empty;

    /// <summary>A copy with <paramref name="name"/> held at <paramref name="value"/>.</summary>
    public ParameterConstraints Fix(string name, double value) => this with { Fixed = Fixed.SetItem(name, value) };

    /// <summary>A copy with <paramref name="name"/> tied to <paramref name="target"/>.</summary>
    public ParameterConstraints Tie(string name, string target) => this with { Ties = Ties.SetItem(name, target) };

    /// <summary>A copy with <paramref name="name"/> kept in [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    public ParameterConstraints Bound(string name, double lower, double upper) => this with { Bounds = Bounds.SetItem(name, (lower, upper)) };

    /// <summary>Whether nothing is constrained.</summary>
    public bool IsNone => Fixed.IsEmpty && Ties.IsEmpty && Bounds.IsEmpty;

    /// <summary>Every parameter named: held, tied (both ends) or bounded.</summary>
    public IEnumerable<string> Names => Fixed.Keys.Concat(Ties.Keys).Concat(Ties.Values).Concat(Bounds.Keys);

    /// <summary>How many of <paramref name="parameters"/> the data must determine: those neither held nor tied to another.</summary>
    public int FreeCount(ImmutableArray<LawParameter> parameters) =>
        parameters.Count(p => !Fixed.ContainsKey(p.Name) && !Ties.ContainsKey(p.Name));

    /// <summary>
    /// The constraints that name <paramref name="parameters"/>, for a command that fits several laws with one set (each law
    /// takes those on its own parameters). A tie is kept when either end is a parameter here, so that a tie across laws is
    /// refused by <see cref="ParameterLayout.Create"/> rather than dropped.
    /// </summary>
    public ParameterConstraints On(ImmutableArray<LawParameter> parameters)
    {
        bool Has(string name) => parameters.IndexOf(name) >= 0;
        return new ParameterConstraints
        {
            Fixed = Fixed.Where(p => Has(p.Key)).ToImmutableDictionary(Fixed.KeyComparer),
            Ties = Ties.Where(p => Has(p.Key) || Has(p.Value)).ToImmutableDictionary(Ties.KeyComparer),
            Bounds = Bounds.Where(p => Has(p.Key)).ToImmutableDictionary(Bounds.KeyComparer),
        };
    }
}
