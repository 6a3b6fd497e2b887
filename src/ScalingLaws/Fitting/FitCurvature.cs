using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace ScalingLaws.Fitting;

/// <summary>
/// The curvature of the objective at the optimum over the free parameters on their fitting scale, from the analytic
/// Gauss–Newton matrix (never from differences of the gradient, which cross the kinks of the Huber loss), and the
/// covariance of the estimates it implies:
/// <list type="bullet">
/// <item>least squares: s²(JᵀWJ)⁻¹ with s² = Σ wᵢrᵢ²/(n − p), as scipy's curve_fit with absolute_sigma=False;</item>
/// <item>Huber: the sandwich H⁻¹(Σ wᵢψᵢ²JᵢJᵢᵀ)H⁻¹, H = Σ over the rows inside the threshold of wᵢJᵢJᵢᵀ (the Huber
/// loss's second derivative is 1 there and 0 outside), J the Jacobian of ln ŷ: the M-estimator's asymptotic
/// covariance, robust to the residuals' spread without assuming it.</item>
/// </list>
/// With the runs of a law's rows (<see cref="LawFitter"/>) the sandwich sums scores by run instead (<see cref="ClusterMeat"/>):
/// for Huber always, for least squares when some run has several rows.
/// Slots whose parameter sits on a bound are left out (their rows and columns are NaN): the bound, not the data, holds them.
/// </summary>
/// <param name="Covariance">Free slots × free slots, fitting scale.</param>
/// <param name="Correlation">The covariance scaled to unit diagonal.</param>
/// <param name="ConditionNumber">Of the curvature scaled to unit diagonal (units do not count); ∞ when flat.</param>
/// <param name="PositiveDefinite">False when the curvature is zero along some direction (to round-off).</param>
/// <param name="FlatSlots">When not positive definite, the slots moving along the flattest direction, largest component first.</param>
public sealed record FitCurvature(double[,] Covariance, double[,] Correlation, double ConditionNumber, bool PositiveDefinite, int[] FlatSlots)
{
    /// <summary>Eigenvalues of the unit-diagonal curvature below this fraction of the largest are zero to round-off.</summary>
    public const double FlatTolerance = 1e-12;

    /// <summary>The standard error of a free slot on the fitting scale (NaN when not determined).</summary>
    public double StandardError(int slot) => Math.Sqrt(Covariance[slot, slot]);

    /// <summary>
    /// The covariance a prediction's parameter share is taken from (delta method): the sandwich over rows, as if each row were
    /// a run. A predictive interval adds that share to the law's own error, which backtests measure on whole held-out runs and
    /// so already carry a run's shared error: the run-summed <see cref="Covariance"/> counted it twice. Measured on the
    /// Hitchhiker families through <c>--dataset</c> (fit the sizes up to the 50% or 70% quantile, predict the larger runs'
    /// checkpoints), it widened GPT-3's intervals at the 50% quantile from 7.5× the error to 9.8×, OPT's at the 70% from 2.5× to
    /// 22.6× and Pythia-deduped's from 2.3× to 14.6×, where the row sandwich already covered 96–100% of those runs.
    /// Null where the fit gave none (then <see cref="Covariance"/>).
    /// </summary>
    public double[,]? PredictionCovariance { get; init; }

    /// <summary>Of Student's t for intervals: runs − 1 when the covariance sums scores by run, else rows − free parameters.</summary>
    public int DegreesOfFreedom { get; init; }

    /// <summary>The runs the covariance sums scores over when some run has several rows (checkpoints); 0 when it treats rows as independent.</summary>
    public int Runs { get; init; }

    /// <summary>
    /// The half-width of a 95% interval in standard errors: Student's t 97.5th percentile on <see cref="DegreesOfFreedom"/>
    /// (2.78 for 5 runs, 2.36 for 8; 1.96 as they grow), since the covariance is itself estimated from few runs or rows.
    /// NaN without a degree of freedom.
    /// </summary>
    public double Multiplier95 => DegreesOfFreedom >= 1 ? StudentT.InvCDF(0, 1, DegreesOfFreedom, 0.975) : double.NaN;

    /// <param name="curvature">H over the included slots (row-major).</param>
    /// <param name="meat">The middle of the sandwich, or null for s²H⁻¹.</param>
    /// <param name="included">Which free slots H covers.</param>
    internal static FitCurvature From(Matrix<double> curvature, Matrix<double>? meat, double varianceScale, bool[] included)
    {
        var k = included.Length;
        var slots = Enumerable.Range(0, k).Where(s => included[s]).ToArray();
        var covariance = Filled(k, double.NaN);
        var correlation = Filled(k, double.NaN);
        if (slots.Length == 0)
            return new FitCurvature(covariance, correlation, 1, true, []);
        var diagonal = curvature.Diagonal();
        if (diagonal.Any(d => !(d > 0)))
            return Flat(covariance, correlation, [.. slots.Where((_, i) => !(diagonal[i] > 0))]);
        // Scale to unit diagonal so that the condition number ignores parameter units.
        var scale = Matrix<double>.Build.DenseOfDiagonalVector(diagonal.Map(d => 1 / Math.Sqrt(d)));
        var scaled = scale * curvature * scale;
        var eigen = scaled.Evd(Symmetricity.Symmetric);
        var values = eigen.EigenValues.Select(v => v.Real).ToArray();
        var (min, max) = (values.Min(), values.Max());
        if (!(min > FlatTolerance * max))
            return Flat(covariance, correlation, FlatComponents(eigen.EigenVectors.Column(Array.IndexOf(values, min)), slots));
        var inverse = scale * scaled.Inverse() * scale;
        var result = meat is null ? varianceScale * inverse : inverse * meat * inverse;
        for (var a = 0; a < slots.Length; a++)
        {
            for (var b = 0; b < slots.Length; b++)
            {
                covariance[slots[a], slots[b]] = result[a, b];
                correlation[slots[a], slots[b]] = result[a, b] / Math.Sqrt(result[a, a] * result[b, b]);
            }
        }
        return new FitCurvature(covariance, correlation, max / min, true, []);
    }

    private static FitCurvature Flat(double[,] covariance, double[,] correlation, int[] flatSlots) =>
        new(covariance, correlation, double.PositiveInfinity, false, flatSlots);

    // The slots with a sizeable share of the flat eigenvector, largest first.
    private static int[] FlatComponents(Vector<double> direction, int[] slots) =>
        [.. Enumerable.Range(0, slots.Length).Where(i => Math.Abs(direction[i]) > 0.1).OrderByDescending(i => Math.Abs(direction[i])).Select(i => slots[i])];

    private static double[,] Filled(int k, double value)
    {
        var matrix = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
                matrix[i, j] = value;
        }
        return matrix;
    }
}
