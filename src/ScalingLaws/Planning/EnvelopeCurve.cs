namespace ScalingLaws.Planning;

/// <summary>
/// One run's training curve as the envelope reads it: loss against ln C, sorted by C, checkpoints
/// at the same C averaged, then smoothed, then interpolated linearly in ln C.
/// </summary>
/// <remarks>
/// The smoothing is a centred moving average over 5 checkpoints (2 on each side; fewer, equally on
/// both sides, near the ends) applied to the points (ln C, loss), not to the loss alone. It damps
/// checkpoint noise, which would otherwise let a run win grid points on a lucky evaluation, and
/// unlike a running minimum it does not bias the loss downward. Averaging both coordinates keeps
/// straight stretches of the curve exact whatever the checkpoint spacing, keeps ln C strictly
/// increasing, and leaves the first and last checkpoint (the run's range) where they are.
/// One instance per thread: <see cref="Load"/> reuses its buffers, so sweeping allocates nothing.
/// </remarks>
internal sealed class EnvelopeCurve
{
    public const int HalfWindow = 2;

    private double[] _logFlops = [];
    private double[] _loss = [];
    private double[] _smoothLogFlops = [];
    private double[] _smoothLoss = [];
    private int _count;

    public void Load(ObservationTable table, EnvelopeRun run)
    {
        var n = run.Rows.Count;
        if (_logFlops.Length < n)
            (_logFlops, _loss, _smoothLogFlops, _smoothLoss) = (new double[n], new double[n], new double[n], new double[n]);
        for (var k = 0; k < n; k++)
        {
            var row = table[run.Rows[k]];
            (_logFlops[k], _loss[k]) = (EnvelopeRun.LogFlops(row), row.Loss);
        }
        Array.Sort(_logFlops, _loss, 0, n);
        _count = AverageTies(n);
        Smooth();
    }

    /// <summary>Offers the curve's loss at every grid point inside its range.</summary>
    public void SweepInto(EnvelopeGrid grid, int run, EnvelopeBest best)
    {
        var last = _count - 1;
        var segment = 0;
        for (int i = grid.FirstAtOrAfter(_smoothLogFlops[0]), end = grid.LastAtOrBefore(_smoothLogFlops[last]); i <= end; i++)
        {
            var x = grid[i];
            while (segment < last - 1 && _smoothLogFlops[segment + 1] < x)
                segment++;
            var (x0, x1) = (_smoothLogFlops[segment], _smoothLogFlops[segment + 1]);
            // Clamped: grid points within rounding of the ends would otherwise extrapolate a hair.
            var t = Math.Clamp((x - x0) / (x1 - x0), 0, 1);
            best.Offer(i, _smoothLoss[segment] + t * (_smoothLoss[segment + 1] - _smoothLoss[segment]), run);
        }
    }

    // Checkpoints logged at the same compute become one point with their mean loss.
    private int AverageTies(int n)
    {
        var count = 0;
        for (var k = 0; k < n;)
        {
            var (j, sum) = (k, 0.0);
            for (; j < n && _logFlops[j] == _logFlops[k]; j++)
                sum += _loss[j];
            (_logFlops[count], _loss[count]) = (_logFlops[k], sum / (j - k));
            count++;
            k = j;
        }
        return count;
    }

    private void Smooth()
    {
        for (var k = 0; k < _count; k++)
        {
            var half = Math.Min(HalfWindow, Math.Min(k, _count - 1 - k));
            double x = 0, y = 0;
            for (var j = k - half; j <= k + half; j++)
                (x, y) = (x + _logFlops[j], y + _loss[j]);
            (_smoothLogFlops[k], _smoothLoss[k]) = (x / (2 * half + 1), y / (2 * half + 1));
        }
    }
}
