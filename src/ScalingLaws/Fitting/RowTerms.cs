using System.Numerics.Tensors;

namespace ScalingLaws.Fitting;

/// <summary>
/// Each row's share of an objective and its derivative with respect to the model's prediction, for either objective
/// on either prediction scale. Shared by the objective and the curvature, so both see the same residuals.
/// </summary>
internal static class RowTerms
{
    /// <summary>Writes each row's term and ∂term/∂prediction; <paramref name="prediction"/> is on <paramref name="scale"/>.</summary>
    public static void Evaluate(
        FitObjective kind, PredictionScale scale, double delta, ReadOnlySpan<double> observed, ReadOnlySpan<double> logObserved,
        ReadOnlySpan<double> prediction, Span<double> terms, Span<double> coefficient)
    {
        if (kind == FitObjective.HuberLog)
        {
            if (scale == PredictionScale.Log)
                HuberOnLog(delta, logObserved, prediction, terms, coefficient);
            else
                HuberOnRaw(delta, logObserved, prediction, terms, coefficient);
        }
        else if (scale == PredictionScale.Log)
        {
            SquaresOnLog(observed, prediction, terms, coefficient);
        }
        else
        {
            SquaresOnRaw(observed, prediction, terms, coefficient);
        }
    }

    /// <summary>ψ = clamp(r, −δ, δ), the Huber loss's derivative at r: inside the threshold ψ = r.</summary>
    public static double Psi(double residual, double delta) => Math.Clamp(residual, -delta, delta);

    // Huber_δ(r) = ψ·(r − ψ/2) with r = ln y − ln ŷ, so ∂/∂ln ŷ = −ψ.
    private static void HuberOnLog(double delta, ReadOnlySpan<double> logObserved, ReadOnlySpan<double> lnPrediction, Span<double> terms, Span<double> coefficient)
    {
        for (var i = 0; i < terms.Length; i++)
        {
            var r = logObserved[i] - lnPrediction[i];
            var psi = Psi(r, delta);
            terms[i] = psi * (r - 0.5 * psi);
            coefficient[i] = -psi;
        }
    }

    // The same with ln ŷ taken here (into the coefficients first, with vector instructions): ∂/∂ŷ = −ψ/ŷ.
    private static void HuberOnRaw(double delta, ReadOnlySpan<double> logObserved, ReadOnlySpan<double> prediction, Span<double> terms, Span<double> coefficient)
    {
        TensorPrimitives.Log(prediction, coefficient);
        for (var i = 0; i < terms.Length; i++)
        {
            var r = logObserved[i] - coefficient[i];
            var psi = Psi(r, delta);
            terms[i] = psi * (r - 0.5 * psi);
            coefficient[i] = -psi / prediction[i];
        }
    }

    // (y − ŷ)² with ŷ = exp(ln ŷ): ∂/∂ln ŷ = −2 (y − ŷ) ŷ.
    private static void SquaresOnLog(ReadOnlySpan<double> observed, ReadOnlySpan<double> lnPrediction, Span<double> terms, Span<double> coefficient)
    {
        TensorPrimitives.Exp(lnPrediction, coefficient);
        for (var i = 0; i < terms.Length; i++)
        {
            var r = observed[i] - coefficient[i];
            terms[i] = r * r;
            coefficient[i] = -2 * r * coefficient[i];
        }
    }

    // (y − ŷ)²: ∂/∂ŷ = −2 (y − ŷ).
    private static void SquaresOnRaw(ReadOnlySpan<double> observed, ReadOnlySpan<double> prediction, Span<double> terms, Span<double> coefficient)
    {
        for (var i = 0; i < terms.Length; i++)
        {
            var r = observed[i] - prediction[i];
            terms[i] = r * r;
            coefficient[i] = -2 * r;
        }
    }
}
