namespace ScalingLaws.Benchmarks;

/// <summary>
/// One evaluation of the objective and its gradient on Epoch's 240 rows, at Epoch's published
/// optimum. Target: 0 B allocated per evaluation.
/// </summary>
[ShortJob]
public class ObjectiveBenchmark
{
    private ModelObjective _objective = null!;
    private double[] _z = null!;
    private double[] _gradient = null!;

    [Params(FitObjective.HuberLog, FitObjective.LeastSquares)]
    public FitObjective Objective { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var law = ChinchillaLaw.Instance;
        var problem = FitProblem.Create(law, BenchmarkData.Chinchilla(), FitOptions.Default with { Objective = Objective });
        _objective = problem.CreateObjective();
        // E, A, B, alpha, beta of Epoch's replication (bench/scipy/README.md).
        _z = problem.Layout.Compress(law.ToInternal([1.8172, 477.8, 2143.9, 0.3473, 0.3672]));
        _gradient = new double[_objective.Dimension];
    }

    [Benchmark]
    public double EvaluateWithGradient() => _objective.Evaluate(_z, _gradient);
}
