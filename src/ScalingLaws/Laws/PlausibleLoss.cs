namespace ScalingLaws.Laws;

/// <summary>
/// A law's loss where it is asked must be one a model can have: a loss is a few nats, so one above <see cref="Ceiling"/>,
/// at or below 0, or not finite comes from constants written wrong (a hand-edited B = 1e300 put 1.3e297 nats in a table).
/// The refusal names the parameter that makes it so: the one whose usual value (the published constant, or the middle
/// of the law's start grid) alone brings the loss back, or brings it nearest.
/// </summary>
public static class PlausibleLoss
{
    /// <summary>No loss in nats is above this; a perplexity-like loss stays far below it.</summary>
    public const double Ceiling = 1e6;

    /// <summary>
    /// <paramref name="points"/> as given when the law's loss at each is plausible; otherwise a refusal naming the first
    /// point whose loss is not and the parameter that makes it so.
    /// </summary>
    public static IReadOnlyList<Observation> Require(ScalingLaw law, IReadOnlyList<double> values, IReadOnlyList<Observation> points)
    {
        foreach (var point in points)
        {
            var inputs = law.Inputs.Select(f => ObservationTable.Value(point, f)).ToArray();
            var loss = law.Predict([.. values], inputs);
            if (Excess(loss) > 0)
                throw Refusal(law, values, inputs, loss);
        }
        return points;
    }

    // How far a loss lies outside the plausible range, in nats of ln L; infinite when it is not a positive number.
    private static double Excess(double loss) =>
        !(loss > 0 && double.IsFinite(loss)) ? double.PositiveInfinity : Math.Max(0, Math.Log(loss / Ceiling));

    private static ScalingLawsException Refusal(ScalingLaw law, IReadOnlyList<double> values, double[] inputs, double loss)
    {
        var usual = PublishedConstants.For(law)?.Values ?? [.. law.Parameters.Select(p => p.ToNatural((p.StartGrid[0] + p.StartGrid[^1]) / 2))];
        var culprit = Enumerable.Range(0, law.ParameterCount)
            .MinBy(j => (Excess(law.Predict([.. values.Select((v, i) => i == j ? usual[j] : v)], inputs)), -Distance(law.Parameters[j], values[j], usual[j])));
        var at = string.Join(", ", law.Inputs.Select((f, i) => $"{Symbols.Of(f)} = {QuantityFormat.Count(inputs[i])}"));
        var said = double.IsNaN(loss) ? "not a number" : QuantityFormat.Constant(loss);
        return new ScalingLawsException(
            $"{law.Parameters[culprit].Name} = {QuantityFormat.Constant(values[culprit])} makes the law's loss {said} at {at}, where a loss is a few nats (above 0, never above {QuantityFormat.Constant(Ceiling)}); the constants look written wrong.");
    }

    // How far a value lies from the usual one on the parameter's fitting scale: what tells apart two that each mend the loss.
    private static double Distance(LawParameter parameter, double value, double usual) =>
        Math.Abs(parameter.ToInternal(value) - parameter.ToInternal(usual));
}
