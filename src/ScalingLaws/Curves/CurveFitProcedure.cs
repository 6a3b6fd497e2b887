namespace ScalingLaws.Curves;

/// <summary>How a <see cref="CurveFitter"/> looks for the parameters.</summary>
public enum CurveFitProcedure
{
    /// <summary>The minimum of the objective: L-BFGS from each of the law's starts, the best polished (the default).</summary>
    Minimum,

    /// <summary>
    /// The law's authors' own procedure, where it differs. For the Multi-Power Law: the repository's four-parameter
    /// initialisation, then 200 AdamW steps at most, whose early stop regularises the fit (see <see cref="MultiPowerPublishedFit"/>).
    /// Laws without a published procedure of their own are fitted to the minimum.
    /// </summary>
    Published,
}
