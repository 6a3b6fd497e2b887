namespace ScalingLaws.Prediction;

/// <summary>
/// Which error models besides the main one <see cref="PredictiveModel.MeasureAll"/> measures: each is a backtest of its own, for the
/// predictions it applies to (<see cref="PredictiveModel.ErrorsFor"/>).
/// </summary>
[Flags]
public enum SecondModels
{
    /// <summary>The main model alone.</summary>
    None = 0,

    /// <summary>Fitted sizes trained longer: <see cref="PredictiveModel.LongerErrors"/>, by run length.</summary>
    Longer = 1,

    /// <summary>Runs with fewer tokens per parameter than any fitted: <see cref="PredictiveModel.UndertrainedErrors"/>.</summary>
    Undertrained = 2,

    /// <summary>Runs beyond every fitted run's compute: <see cref="PredictiveModel.CostlierErrors"/>, by compute.</summary>
    Costlier = 4,

    /// <summary>Every second model, as a law file stores them.</summary>
    All = Longer | Undertrained | Costlier,
}
