using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Prediction;

/// <summary>
/// The inputs along which a fit cannot extrapolate because the fitted rows hold too few distinct values of
/// them to determine the law's term in that input: a term with k free parameters, plus the free parameters no
/// input owns (E), needs that many distinct values of the input in all. A Chinchilla law fitted to 2 model sizes pins its
/// N-term (E + A/N^α: 3 unknowns) only at those 2 sizes: it predicts them, and longer runs of them, as well
/// as any fit, but its prediction at a third size rests on an α the data never saw, so no interval measured
/// on determined fits applies there. Fixing or tying a parameter of the term (e.g. α to β) lowers the count.
/// </summary>
internal static class UndeterminedInputs
{
    /// <summary>The inputs along which <paramref name="fit"/> cannot extrapolate: too few distinct values in <paramref name="fitted"/> for their term.</summary>
    public static ImmutableArray<Field> Of(ScalingLaw law, FitResult fit, ObservationTable fitted)
    {
        var free = Enumerable.Range(0, law.ParameterCount).Where(p => fit.Roles[p] == ParameterRole.Free).ToHashSet();
        var owned = Enumerable.Range(0, law.Inputs.Length).SelectMany(law.ParametersOn).ToHashSet();
        var shared = free.Count(p => !owned.Contains(p));
        return [.. Enumerable.Range(0, law.Inputs.Length)
            .Where(i => Distinct(fitted, law.Inputs[i]) < law.ParametersOn(i).Count(free.Contains) + shared)
            .Select(i => law.Inputs[i])];
    }

    /// <summary>Whether a prediction at <paramref name="distance"/> lies beyond the fitted data along one of <paramref name="undetermined"/>.</summary>
    public static bool Reaches(ImmutableArray<Field> undetermined, ExtrapolationDistance distance) =>
        !undetermined.IsDefaultOrEmpty && distance.Factors.Any(f => f.Factor > 1 && undetermined.Contains(f.Input));

    private static int Distinct(ObservationTable table, Field input) =>
        table.Rows.Select(r => InputValue.Of(r, input)).Where(v => double.IsFinite(v) && v > 0).Distinct().Count();
}
