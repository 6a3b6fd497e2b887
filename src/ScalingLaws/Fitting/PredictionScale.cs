namespace ScalingLaws.Fitting;

/// <summary>The scale on which a model writes its predictions and their Jacobian.</summary>
public enum PredictionScale
{
    /// <summary>ŷ itself, as y = f(x; b) in the NIST problems.</summary>
    Raw,

    /// <summary>ln ŷ, as the scaling laws are written (a sum of powers is a log-sum-exp), which keeps them positive.</summary>
    Log,
}
