namespace ScalingLaws.IO.Datasets;

/// <summary>A public dataset of loss curves that <see cref="CurveDatasetCatalog"/> can load.</summary>
internal interface ICurveDatasetLoader
{
    DatasetInfo Info { get; }

    /// <summary>The dataset's own fit-and-predict protocol.</summary>
    CurveProtocol Protocol { get; }

    /// <summary>How its published results were fitted, the default for a law fitted to it.</summary>
    CurveFitProcedure Procedure => CurveFitProcedure.Minimum;

    /// <summary>Whether its curves are training losses, the kind the loss-curve prior was measured on (<see cref="CurveBacktestSettings.PriorApplies"/>).</summary>
    bool TrainingLoss => true;

    /// <summary>Reads the raw files under <paramref name="dataDirectory"/>; every run has its learning-rate schedule.</summary>
    IReadOnlyList<LossCurve> Load(string dataDirectory);
}
