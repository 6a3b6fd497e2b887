using ScalingLaws.Curves;

namespace ScalingLaws.IO.Datasets;

/// <summary>A public dataset of loss curves that <see cref="CurveDatasetCatalog"/> can load.</summary>
internal interface ICurveDatasetLoader
{
    DatasetInfo Info { get; }

    /// <summary>The dataset's own fit-and-predict protocol.</summary>
    CurveProtocol Protocol { get; }

    /// <summary>How its published results were fitted, the default for a law fitted to it.</summary>
    CurveFitProcedure Procedure => CurveFitProcedure.Minimum;

    /// <summary>Reads the raw files under <paramref name="dataDirectory"/>; every run has its learning-rate schedule.</summary>
    IReadOnlyList<LossCurve> Load(string dataDirectory);
}
