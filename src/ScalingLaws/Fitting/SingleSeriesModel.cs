namespace ScalingLaws.Fitting;

/// <summary>
/// A model fitted to one series on the raw scale: a single block holding every observed y (one task's scores, one
/// checkpoint's per-position losses). Derived models give the law's name, parameters and predictions.
/// </summary>
internal abstract class SingleSeriesModel(double[] observed) : IFitModel
{
    private readonly double[] _logObserved = [.. observed.Select(y => y > 0 ? Math.Log(y) : double.NaN)];

    public abstract string Name { get; }

    public abstract ImmutableArray<LawParameter> Parameters { get; }

    public PredictionScale Scale => PredictionScale.Raw;

    public ReadOnlyMemory<double> Observed => observed;

    public ReadOnlyMemory<double> LogObserved => _logObserved;

    public int BlockCount => 1;

    public (int Start, int Length) Block(int block) => (0, observed.Length);

    public abstract int ScratchLength { get; }

    public abstract void Predict(ReadOnlySpan<double> theta, int block, Span<double> prediction, Span<double> jacobian, Span<double> scratch);
}
