namespace ScalingLaws.Data;

/// <summary>The canonical columns of an observation table.</summary>
public enum Field
{
    /// <summary>The model name.</summary>
    Model,
    /// <summary>The family (model series).</summary>
    Family,
    /// <summary>Parameters N.</summary>
    Params,
    /// <summary>Training tokens D.</summary>
    Tokens,
    /// <summary>Training FLOPs C.</summary>
    Flops,
    /// <summary>The loss, e.g. nats.</summary>
    Loss,
    /// <summary>The optimizer step of a checkpoint.</summary>
    Step,

    /// <summary>Unique tokens U in the training data; D/U is the number of epochs.</summary>
    UniqueTokens,
}
