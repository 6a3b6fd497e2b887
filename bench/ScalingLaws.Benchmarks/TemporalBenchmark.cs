using ScalingLaws.Temporal;
using ScalingLaws.Temporal.Synthetic;

namespace ScalingLaws.Benchmarks;

/// <summary>
/// The per-position work on the default synthetic run (40 checkpoints × 1,024 positions, cosine):
/// one objective evaluation of each kind (target: 0 B allocated), both position laws fitted at every
/// checkpoint, and the whole temporal fit (27 form combinations chosen on held-out checkpoints, then the final fit).
/// </summary>
[MemoryDiagnoser]
public class TemporalBenchmark
{
    private PositionLosses _run = null!;
    private ModelObjective _position = null!;
    private ModelObjective _temporal = null!;
    private readonly double[] _z3 = [Math.Log(4.7), Math.Log(0.28), Math.Log(3.4)];
    private readonly double[] _z8 = [4.3, -0.4, 0.2, 0.3, Math.Log(0.2), 3.2, -0.25, 0.15];
    private readonly double[] _gradient = new double[8];

    [GlobalSetup]
    public void Setup()
    {
        _run = PositionLossGenerator.Generate(new SyntheticRunSettings()).Losses;
        var grid = new PositionGrid(_run.PositionCount);
        var law = HyperbolicPositionLaw.Instance;
        _position = new ModelObjective(
            new PositionModel(law, grid, [.. _run[10].Losses]), ParameterLayout.Create(law.Parameters, ParameterConstraints.None), FitObjective.HuberLog, LogHuber.Delta);
        var clock = TemporalClock.For(_run, 20);
        var losses = _run.Checkpoints.Take(20).SelectMany(c => c.Losses).ToArray();
        var model = new TemporalModel([TemporalForm.Logarithmic, TemporalForm.Hyperbolic, TemporalForm.Schedule], [.. clock.Points.Take(20)],
            grid.Position, losses, [.. losses.Select(l => Math.Log(l))]);
        _temporal = new ModelObjective(model, ParameterLayout.Create(model.Parameters, ParameterConstraints.None), FitObjective.HuberLog, LogHuber.Delta);
    }

    [Benchmark]
    public double PositionObjective() => _position.Evaluate(_z3, _gradient.AsSpan(0, 3));

    [Benchmark]
    public double TemporalObjective20Checkpoints() => _temporal.Evaluate(_z8, _gradient);

    [Benchmark]
    public PositionComparison BothPositionLawsEveryCheckpoint() => PositionComparison.Of(_run);

    [Benchmark]
    public TemporalForecast TemporalFitFirstHalf() => new TemporalFitter(0.5).Fit(_run);
}
