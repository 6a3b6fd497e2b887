namespace ScalingLaws.Data;

/// <summary>The canonical columns of an observation table.</summary>
public enum Field
{
    Model,
    Family,
    Params,
    Tokens,
    Flops,
    Loss,
    Step,

    /// <summary>Unique tokens U in the training data; D/U is the number of epochs.</summary>
    UniqueTokens,
}
