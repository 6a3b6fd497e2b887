namespace ScalingLaws.Temporal;

/// <summary>
/// The objective of every per-position and temporal fit: the sum over cells of Huber_δ(ln L − ln L̂).
/// Why logs: losses at early positions are 2–3 times those at late ones, and squared raw residuals
/// would let the first few positions decide the fit; log residuals weigh every position by its
/// relative error, which is also how per-position noise scales (a mean over sequences of token losses
/// whose spread grows with the loss). Why Huber: a spike or a bad evaluation at one checkpoint or
/// position should bend the fit no more than an absolute error would. δ = 0.01 (1%) is above the
/// noise of a well-sampled evaluation, so typical cells are fitted by least squares and only the
/// stragglers by absolute error.
/// </summary>
internal static class LogHuber
{
    public const double Delta = 0.01;

    /// <summary>Huber_δ(r) with r = ln L − ln L̂; <paramref name="psi"/> = −∂/∂ln L̂ = clamp(r, −δ, δ).</summary>
    public static double Term(double r, out double psi)
    {
        psi = Math.Clamp(r, -Delta, Delta);
        return psi * (r - 0.5 * psi);
    }
}
