namespace ScalingLaws.Downstream;

/// <summary>Where the noise level of a task's scores comes from, to judge whether they stand above chance.</summary>
public enum NoiseSource
{
    /// <summary>Each row's standard error as the evaluation reported it.</summary>
    ReportedStandardError,

    /// <summary>The binomial standard error at chance, √(c(1 − c)/n), from the task's n questions.</summary>
    Binomial,

    /// <summary>Neither is known: the scatter of the scores around the fitted law.</summary>
    FitScatter,
}
