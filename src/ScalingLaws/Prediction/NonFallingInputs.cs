using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Prediction;

/// <summary>
/// The inputs along which a fitted law falls nowhere on its fitted rows. A scaling law's premise is that the loss falls
/// with size and with data; a fit whose term in an input rises (α &lt; 0), or has collapsed to nothing (α ≤ 0 with
/// A = e^−900, a plateau where the objective has no gradient), saw no effect of that input in its rows. In a law whose
/// terms add, that unseen term is part of where every extrapolation levels off (a longer run of size N tends to
/// E + A/N^α), so such a fit determines no prediction beyond its data, along any input. The test is on the law's
/// values, not its parameters, so it holds for every law: ln L̂ at each fitted row against ln L̂ with that input 1% larger.
/// </summary>
internal static class NonFallingInputs
{
    // A 1% step in the input: large enough that a falling term of any plausible exponent moves ln L̂ past round-off.
    private const double Step = 1.01;

    /// <summary>The inputs along which the law with fitting-scale parameters <paramref name="theta"/> falls at none of the <paramref name="fitted"/> rows.</summary>
    public static ImmutableArray<Field> Of(ScalingLaw law, ImmutableArray<double> theta, ObservationTable fitted) =>
        [.. Enumerable.Range(0, law.Inputs.Length).Where(i => !FallsSomewhere(law, theta, fitted, i)).Select(i => law.Inputs[i])];

    private static bool FallsSomewhere(ScalingLaw law, ImmutableArray<double> theta, ObservationTable fitted, int input) =>
        fitted.Rows.Any(row =>
        {
            var inputs = law.Inputs.Select(f => InputValue.Of(row, f)).ToArray();
            var here = law.PredictFitting(theta.AsSpan(), inputs);
            inputs[input] *= Step;
            return law.PredictFitting(theta.AsSpan(), inputs) < here;
        });
}
