namespace ScalingLaws.Optimization;

/// <summary>Why a minimisation stopped.</summary>
internal enum ExitCondition
{
    /// <summary>The largest gradient component fell below the tolerance.</summary>
    Gradient,

    /// <summary>An iteration reduced the function by less than the relative tolerance.</summary>
    RelativeReduction,

    /// <summary>No step along the search direction decreased the function.</summary>
    LineSearchFailed,

    /// <summary>The step shrank to round-off: no step, however short, lowers the function further.</summary>
    StepTolerance,

    /// <summary>A fixed-budget run saw no new lowest value for its patience number of steps.</summary>
    Patience,

    /// <summary>The iteration limit was reached first.</summary>
    MaxIterations,

    /// <summary>The function or gradient was NaN or infinite at the start.</summary>
    NonFinite,

    /// <summary>A multi-start run ended this start early: it had joined a basin another start already found.</summary>
    EarlyStop,
}
