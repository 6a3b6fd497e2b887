using MathNet.Numerics;

namespace ScalingLaws.Planning;

/// <summary>
/// Sardana et al. 2023, "Beyond Chinchilla-Optimal": the model that reaches a loss with the least
/// total compute over its life, training (6·N·D) plus inference (2·N per token served).
/// </summary>
public static class InferenceAwareSizing
{
    /// <summary>The inference-aware model and the Chinchilla-optimal one for the same loss.</summary>
    /// <param name="Loss">The target loss.</param>
    /// <param name="InferenceTokens">Tokens served over the model's life.</param>
    /// <param name="Params">Parameters N of the inference-aware model.</param>
    /// <param name="Tokens">Its training tokens D.</param>
    /// <param name="Flops">Its total FLOPs, training plus inference.</param>
    /// <param name="ChinchillaParams">N of the Chinchilla-optimal model.</param>
    /// <param name="ChinchillaTokens">D of the Chinchilla-optimal model.</param>
    /// <param name="ChinchillaFlops">Its total FLOPs, training plus inference.</param>
    public sealed record Result(
        double Loss, double InferenceTokens, double Params, double Tokens, double Flops,
        double ChinchillaParams, double ChinchillaTokens, double ChinchillaFlops)
    {
        /// <summary>Total FLOPs saved against the Chinchilla-optimal model of the same loss.</summary>
        public double SavedFraction => 1 - Flops / ChinchillaFlops;
    }

    /// <summary>How the inference-aware model and its saving vary over bootstrap resamples.</summary>
    /// <param name="Resamples">Resamples that can reach the loss (those with E at or above it are left out).</param>
    public sealed record Spread(Uncertainty.Uncertainty Params, Uncertainty.Uncertainty Tokens, Uncertainty.Uncertainty SavedFraction, int Resamples);

    /// <summary>The sizing under every resample's law of <paramref name="uncertainty"/>.</summary>
    public static Spread SolveEach(AllocationUncertainty uncertainty, double loss, double inferenceTokens)
    {
        var results = uncertainty.Laws.Where(law => loss > law.E).Select(law => Solve(law, loss, inferenceTokens)).ToList();
        return new Spread(
            Uncertainty.Uncertainty.Of(results.Select(r => r.Params)),
            Uncertainty.Uncertainty.Of(results.Select(r => r.Tokens)),
            Uncertainty.Uncertainty.Of(results.Select(r => r.SavedFraction)),
            results.Count);
    }

    /// <summary>The model that reaches <paramref name="loss"/> with the least training plus inference compute for <paramref name="inferenceTokens"/> served.</summary>
    public static Result Solve(ComputeOptimal law, double loss, double inferenceTokens)
    {
        if (!(inferenceTokens >= 0) || !double.IsFinite(inferenceTokens))
            throw new ScalingLawsException($"inference tokens must be zero or more, got {inferenceTokens:G4}.");
        var chinchilla = law.ForLoss(loss);
        double Total(double parameters, double tokens) => 6 * parameters * tokens + 2 * parameters * inferenceTokens;

        // Along the IsoLoss contour the total is infinite at both ends (N → N_min needs D → ∞;
        // N → ∞ costs N·const), with one minimum between: search ln N by golden section.
        var lower = Math.Log(law.MinimumParamsFor(loss)) + 1e-9;
        var upper = Math.Log(chinchilla.Params) + Math.Log(1e3);
        // A total past a double is the largest one, so that the search goes on (MathNet throws on a non-finite value).
        var lnN = FindMinimum.OfScalarFunctionConstrained(
            x => Total(Math.Exp(x), law.IsoLossTokens(Math.Exp(x), loss)) is var total && double.IsFinite(total) ? total : double.MaxValue, lower, upper, 1e-10);
        var parameters = Math.Exp(lnN);
        var tokens = law.IsoLossTokens(parameters, loss);
        // 1e50 tokens served pushed the model to the smallest that reaches the loss, trained on tokens past a double: an internal error before round 17.
        if (!double.IsFinite(Total(parameters, tokens)))
            throw new ScalingLawsException($"{Setting.InferenceTokens} {QuantityFormat.Plain(inferenceTokens)}: serving so many tokens pushes the model to the smallest that reaches loss {loss:G4}, trained on more tokens than a double holds, so no model is sized; give the tokens a model serves over its life, e.g. 2e12.");
        return new Result(
            loss, inferenceTokens, parameters, tokens, Total(parameters, tokens),
            chinchilla.Params, chinchilla.Tokens, Total(chinchilla.Params, chinchilla.Tokens));
    }
}
