namespace ScalingLaws.Fitting;

/// <summary>
/// Maps a model's full parameter vector θ (fitting scale) to the free vector z the solver sees: a free parameter owns a
/// slot of z, a tied one shares its target's slot, a fixed one has none. A bounded slot holds the unbounded coordinate
/// of <see cref="ParameterBounds"/>, so every solver works without constraints; with <see cref="BoundHandling.Projected"/>
/// it holds θ itself and the solver keeps it within <see cref="Box"/>. Immutable and shared by all threads.
/// </summary>
internal sealed class ParameterLayout(
    ImmutableArray<LawParameter> parameters, int[] slot, double[] fixedTheta, ParameterBounds[] slotBounds,
    ImmutableArray<ParameterRole> roles, ImmutableArray<int> owners, bool projected)
{
    private readonly int[] _slot = slot;                   // slot in z, or −1 when fixed
    private readonly double[] _fixedTheta = fixedTheta;    // θ of fixed parameters
    private readonly ParameterBounds[] _slotBounds = slotBounds;

    /// <summary>The model's parameters.</summary>
    public ImmutableArray<LawParameter> Parameters { get; } = parameters;

    /// <summary>How many parameters.</summary>
    public int ParameterCount => Parameters.Length;

    /// <summary>Whether each parameter is free, fixed or tied.</summary>
    public ImmutableArray<ParameterRole> Roles { get; } = roles;

    /// <summary>For each slot of z, the index of the parameter that owns it.</summary>
    public ImmutableArray<int> SlotOwners { get; } = owners;

    /// <summary>Free parameters the optimizer moves.</summary>
    public int FreeCount => SlotOwners.Length;

    /// <summary>True when no free parameter has bounds, so z holds θ itself.</summary>
    public bool Unbounded => _slotBounds.All(b => b.IsNone);

    /// <summary>True when bounded slots hold θ itself and the solver keeps them in <see cref="Box"/> (no change of variables).</summary>
    public bool Projected { get; } = projected;

    /// <param name="model">The model's name, for messages.</param>
    /// <param name="handling">How the solver will keep bounded parameters within bounds.</param>
    public static ParameterLayout Create(
        ImmutableArray<LawParameter> parameters, ParameterConstraints constraints, string model = "model", BoundHandling handling = BoundHandling.Transform)
    {
        var k = parameters.Length;
        var roles = new ParameterRole[k];
        var fixedTheta = new double[k];
        foreach (var (name, value) in constraints.Fixed)
        {
            var j = Find(parameters, model, name, Setting.Fix);
            if (!double.IsFinite(value) || (parameters[j].Scale == ParameterScale.Log && value <= 0))
                throw new ScalingLawsException($"{Setting.Fix} {name}={value}: {parameters[j].Name} must be a finite{(parameters[j].Scale == ParameterScale.Log ? " positive" : "")} number.");
            roles[j] = ParameterRole.Fixed;
            fixedTheta[j] = parameters[j].ToInternal(value);
        }
        var targets = new int[k];
        var tied = constraints.Ties.Keys.Select(name => Find(parameters, model, name, Setting.Tie)).ToHashSet();
        foreach (var (name, target) in constraints.Ties)
        {
            var (j, t) = (Find(parameters, model, name, Setting.Tie), Find(parameters, model, target, Setting.Tie));
            CheckTie(parameters, roles, tied, j, t, name, target);
            targets[j] = t;
        }
        foreach (var j in tied)
            roles[j] = ParameterRole.Tied;
        var bounds = Enumerable.Repeat(ParameterBounds.None, k).ToArray();
        foreach (var (name, (lower, upper)) in constraints.Bounds)
        {
            var j = Find(parameters, model, name, Setting.Bound);
            bounds[j] = CheckBounds(parameters[j], roles[j], lower, upper);
        }
        return Assemble(parameters, roles, targets, fixedTheta, bounds, handling == BoundHandling.Projected);
    }

    /// <summary>
    /// Refuses a constraint that names none of <paramref name="parameters"/>, with the same line as <see cref="Create"/>:
    /// for commands that fit several laws (or forms) with one set of constraints, checked against all their parameters.
    /// </summary>
    /// <param name="model">The laws' name for messages, e.g. "hyperbolic or power".</param>
    public static void CheckNames(IEnumerable<LawParameter> parameters, ParameterConstraints constraints, string model)
    {
        var all = parameters.DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        foreach (var name in constraints.Fixed.Keys)
            Find(all, model, name, Setting.Fix);
        foreach (var name in constraints.Ties.Keys.Concat(constraints.Ties.Values))
            Find(all, model, name, Setting.Tie);
        foreach (var name in constraints.Bounds.Keys)
            Find(all, model, name, Setting.Bound);
    }

    private static ParameterLayout Assemble(
        ImmutableArray<LawParameter> parameters, ParameterRole[] roles, int[] targets, double[] fixedTheta, ParameterBounds[] bounds, bool projected)
    {
        var slot = new int[parameters.Length];
        var owners = new List<int>();
        for (var j = 0; j < slot.Length; j++)
        {
            slot[j] = -1;
            if (roles[j] == ParameterRole.Free)
            {
                slot[j] = owners.Count;
                owners.Add(j);
            }
        }
        for (var j = 0; j < slot.Length; j++)
        {
            if (roles[j] == ParameterRole.Tied)
                (slot[j], fixedTheta[j]) = (slot[targets[j]], fixedTheta[targets[j]]);
        }
        return new ParameterLayout(parameters, slot, fixedTheta, [.. owners.Select(j => bounds[j])], [.. roles], [.. owners], projected);
    }

    // Bounds come in natural units; a log-scaled parameter's are taken to ln (a lower bound ≤ 0 is no bound).
    private static ParameterBounds CheckBounds(LawParameter parameter, ParameterRole role, double lower, double upper)
    {
        var name = parameter.Name;
        if (role != ParameterRole.Free)
            throw new ScalingLawsException($"{Setting.Bound} {name}={lower}:{upper}: {name} is {role.ToString().ToLowerInvariant()}, so it has no range to keep within.");
        if (double.IsNaN(lower) || double.IsNaN(upper) || !(lower < upper))
            throw new ScalingLawsException($"{Setting.Bound} {name}={lower}:{upper}: the lower bound must be below the upper bound.");
        if (parameter.Scale == ParameterScale.Log)
        {
            if (!(upper > 0))
                throw new ScalingLawsException($"{Setting.Bound} {name}={lower}:{upper}: {name} is positive, so its upper bound must be too.");
            return new ParameterBounds(lower > 0 ? Math.Log(lower) : double.NegativeInfinity, Math.Log(upper));
        }
        return new ParameterBounds(lower, upper);
    }

    private static void CheckTie(ImmutableArray<LawParameter> parameters, ParameterRole[] roles, HashSet<int> tied, int j, int t, string name, string target)
    {
        if (j == t)
            throw new ScalingLawsException($"{Setting.Tie} {name}={target}: a parameter cannot be tied to itself.");
        if (roles[j] != ParameterRole.Free)
            throw new ScalingLawsException($"{Setting.Tie} {name}={target}: {parameters[j].Name} is already fixed or tied.");
        if (tied.Contains(t))
            throw new ScalingLawsException($"{Setting.Tie} {name}={target}: {parameters[t].Name} is itself tied; tie both to the same parameter.");
        if (parameters[j].Scale != parameters[t].Scale)
            throw new ScalingLawsException($"{Setting.Tie} {name}={target}: {parameters[j].Name} and {parameters[t].Name} are on different scales (a coefficient and an exponent) and cannot be tied.");
    }

    private static int Find(ImmutableArray<LawParameter> parameters, string model, string name, Setting option)
    {
        var j = parameters.IndexOf(name);
        return j >= 0
            ? j
            : throw new ScalingLawsException($"{option}: unknown parameter '{name}' for the {model} law; its parameters are {string.Join(", ", parameters.Select(p => p.Name))}.");
    }

    /// <summary>The slot parameter <paramref name="parameter"/> moves with (its own, or its tie target's), or −1 when it is held fixed.</summary>
    public int SlotOf(int parameter) => _slot[parameter];

    /// <summary>The bounds of a slot on the fitting scale.</summary>
    public ParameterBounds BoundsOf(int slot) => _slotBounds[slot];

    /// <summary>The bounds of every slot on the fitting scale, for a solver that keeps z within them (<see cref="Projected"/>).</summary>
    public (double[] Lower, double[] Upper) Box() => ([.. _slotBounds.Select(b => b.Lower)], [.. _slotBounds.Select(b => b.Upper)]);

    /// <summary>θ from z.</summary>
    public void Expand(ReadOnlySpan<double> z, Span<double> theta)
    {
        for (var j = 0; j < theta.Length; j++)
        {
            var s = _slot[j];
            theta[j] = s < 0 ? _fixedTheta[j] : Projected ? z[s] : _slotBounds[s].ToBounded(z[s]);
        }
    }

    /// <summary>
    /// ∂f/∂z from ∂f/∂θ at <paramref name="z"/>: tied parameters add their gradients into the shared slot, and a
    /// bounded slot's sum is scaled by dθ/dz (1 when <see cref="Projected"/>).
    /// </summary>
    public void Collapse(ReadOnlySpan<double> z, ReadOnlySpan<double> thetaGradient, Span<double> zGradient)
    {
        SumIntoSlots(thetaGradient, zGradient);
        if (Projected)
            return;
        for (var s = 0; s < zGradient.Length; s++)
            zGradient[s] *= _slotBounds[s].Derivative(z[s]);
    }

    /// <summary>dθ/dz of every slot at <paramref name="z"/> (1 when <see cref="Projected"/>): what <see cref="Collapse"/> scales by, once per point.</summary>
    public void SlotDerivatives(ReadOnlySpan<double> z, Span<double> derivative)
    {
        for (var s = 0; s < derivative.Length; s++)
            derivative[s] = Projected ? 1 : _slotBounds[s].Derivative(z[s]);
    }

    /// <summary>∂f/∂θ of the free slots from ∂f/∂θ of every parameter: tied parameters add into their target's slot.</summary>
    public void SumIntoSlots(ReadOnlySpan<double> thetaGradient, Span<double> slotGradient)
    {
        slotGradient.Clear();
        for (var j = 0; j < thetaGradient.Length; j++)
        {
            if (_slot[j] >= 0)
                slotGradient[_slot[j]] += thetaGradient[j];
        }
    }

    /// <summary>θ of the free slots from a full θ (the owners' coordinates, no bound transform).</summary>
    public double[] FreeTheta(ReadOnlySpan<double> theta)
    {
        var free = new double[FreeCount];
        for (var s = 0; s < free.Length; s++)
            free[s] = theta[SlotOwners[s]];
        return free;
    }

    /// <summary>z from a full θ (the owners' coordinates, moved inside their bounds).</summary>
    public double[] Compress(ReadOnlySpan<double> theta)
    {
        var z = FreeTheta(theta);
        ToSolver(z, z);
        return z;
    }

    /// <summary>z from the free slots' θ (e.g. a start), moved inside their bounds (onto the box when <see cref="Projected"/>).</summary>
    public void ToSolver(ReadOnlySpan<double> freeTheta, Span<double> z)
    {
        for (var s = 0; s < z.Length; s++)
            z[s] = Projected ? Math.Clamp(freeTheta[s], _slotBounds[s].Lower, _slotBounds[s].Upper) : _slotBounds[s].ToUnbounded(freeTheta[s]);
    }

    /// <summary>The default start grid of each slot (its owner's grid).</summary>
    public ImmutableArray<double> GridOf(int slot) => Parameters[SlotOwners[slot]].StartGrid;
}
