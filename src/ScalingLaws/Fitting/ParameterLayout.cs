using System.Collections.Immutable;
using ScalingLaws.Laws;

namespace ScalingLaws.Fitting;

/// <summary>
/// Maps a law's full parameter vector θ (fitting scale) to the free vector z the optimiser sees:
/// a free parameter owns a slot of z, a tied one shares its target's slot, a fixed one has none.
/// </summary>
public sealed class ParameterLayout
{
    private readonly int[] _slot;          // slot in z, or −1 when fixed
    private readonly double[] _fixedTheta; // θ of fixed parameters

    private ParameterLayout(ScalingLaw law, int[] slot, double[] fixedTheta, ImmutableArray<ParameterRole> roles, ImmutableArray<int> owners)
    {
        Law = law;
        _slot = slot;
        _fixedTheta = fixedTheta;
        Roles = roles;
        SlotOwners = owners;
    }

    public ScalingLaw Law { get; }

    public ImmutableArray<ParameterRole> Roles { get; }

    /// <summary>For each slot of z, the index of the law parameter that owns it.</summary>
    public ImmutableArray<int> SlotOwners { get; }

    public int FreeCount => SlotOwners.Length;

    public static ParameterLayout Create(ScalingLaw law, ParameterConstraints constraints)
    {
        var k = law.ParameterCount;
        var roles = new ParameterRole[k];
        var fixedTheta = new double[k];
        foreach (var (name, value) in constraints.Fixed)
        {
            var j = Find(law, name, Setting.Fix);
            if (!double.IsFinite(value) || (law.Parameters[j].Scale == ParameterScale.Log && value <= 0))
                throw new ScalingLawsException($"{Setting.Fix} {name}={value}: {law.Parameters[j].Name} must be a finite{(law.Parameters[j].Scale == ParameterScale.Log ? " positive" : "")} number.");
            roles[j] = ParameterRole.Fixed;
            fixedTheta[j] = law.Parameters[j].ToInternal(value);
        }
        var targets = new int[k];
        var tied = constraints.Ties.Keys.Select(name => Find(law, name, Setting.Tie)).ToHashSet();
        foreach (var (name, target) in constraints.Ties)
        {
            var (j, t) = (Find(law, name, Setting.Tie), Find(law, target, Setting.Tie));
            CheckTie(law, roles, tied, j, t, name, target);
            targets[j] = t;
        }
        foreach (var j in tied)
            roles[j] = ParameterRole.Tied;
        return Assemble(law, roles, targets, fixedTheta);
    }

    private static ParameterLayout Assemble(ScalingLaw law, ParameterRole[] roles, int[] targets, double[] fixedTheta)
    {
        var slot = new int[law.ParameterCount];
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
        return new ParameterLayout(law, slot, fixedTheta, [.. roles], [.. owners]);
    }

    private static void CheckTie(ScalingLaw law, ParameterRole[] roles, HashSet<int> tied, int j, int t, string name, string target)
    {
        if (j == t)
            throw new ScalingLawsException($"{Setting.Tie} {name}={target}: a parameter cannot be tied to itself.");
        if (roles[j] != ParameterRole.Free)
            throw new ScalingLawsException($"{Setting.Tie} {name}={target}: {law.Parameters[j].Name} is already fixed or tied.");
        if (tied.Contains(t))
            throw new ScalingLawsException($"{Setting.Tie} {name}={target}: {law.Parameters[t].Name} is itself tied; tie both to the same parameter.");
        if (law.Parameters[j].Scale != law.Parameters[t].Scale)
            throw new ScalingLawsException($"{Setting.Tie} {name}={target}: {law.Parameters[j].Name} and {law.Parameters[t].Name} are on different scales (a coefficient and an exponent) and cannot be tied.");
    }

    private static int Find(ScalingLaw law, string name, Setting option)
    {
        var j = law.IndexOf(name);
        return j >= 0
            ? j
            : throw new ScalingLawsException($"{option}: unknown parameter '{name}' for the {law.Name} law; its parameters are {string.Join(", ", law.Parameters.Select(p => p.Name))}.");
    }

    /// <summary>θ from z.</summary>
    public void Expand(ReadOnlySpan<double> z, Span<double> theta)
    {
        for (var j = 0; j < theta.Length; j++)
            theta[j] = _slot[j] >= 0 ? z[_slot[j]] : _fixedTheta[j];
    }

    /// <summary>∂f/∂z from ∂f/∂θ: tied parameters add their gradients into the shared slot.</summary>
    public void Collapse(ReadOnlySpan<double> thetaGradient, Span<double> zGradient)
    {
        zGradient.Clear();
        for (var j = 0; j < thetaGradient.Length; j++)
        {
            if (_slot[j] >= 0)
                zGradient[_slot[j]] += thetaGradient[j];
        }
    }

    /// <summary>z from a full θ (the owners' coordinates).</summary>
    public double[] Compress(ReadOnlySpan<double> theta)
    {
        var z = new double[FreeCount];
        for (var s = 0; s < z.Length; s++)
            z[s] = theta[SlotOwners[s]];
        return z;
    }

    /// <summary>The default start grid of each slot (its owner's grid).</summary>
    public ImmutableArray<double> GridOf(int slot) => Law.Parameters[SlotOwners[slot]].StartGrid;
}
