namespace ScalingLaws.Uncertainty;

/// <summary>Pearson's correlation, shared by the bootstrap's parameter correlations and the ranking's Spearman ρ (on ranks).</summary>
internal static class PearsonCorrelation
{
    /// <summary>Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²); NaN when either side does not vary.</summary>
    public static double Of(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : double.NaN;
    }
}
