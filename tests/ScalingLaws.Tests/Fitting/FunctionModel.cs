using System.Collections.Immutable;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Fitting;

/// <summary>Row i's prediction f_i(b), with ∂f_i/∂b written to <paramref name="gradient"/>.</summary>
internal delegate double RowFunction(ReadOnlySpan<double> b, int row, Span<double> gradient);

/// <summary>
/// A plain y = f(x; b) model on the raw scale, one block, parameters linear: how the engine sees the NIST
/// problems and the Moré–Garbow–Hillstrom residuals (observed 0, prediction f_i). Every parameter's start grid is
/// <c>grid</c> (default: the single value 0).
/// </summary>
internal sealed class FunctionModel(string name, string[] parameters, double[] observed, RowFunction function, double[]? grid = null) : SingleSeriesModel(observed)
{
    public override string Name { get; } = name;

    public override ImmutableArray<LawParameter> Parameters { get; } = [.. parameters.Select(p => new LawParameter(p, ParameterScale.Linear, [.. grid ?? [0.0]]))];

    public override int ScratchLength => parameters.Length;

    public override void Predict(ReadOnlySpan<double> theta, int block, Span<double> prediction, Span<double> jacobian, Span<double> scratch)
    {
        var n = prediction.Length;
        for (var i = 0; i < n; i++)
        {
            prediction[i] = function(theta, i, scratch);
            for (var j = 0; j < theta.Length; j++)
                jacobian[j * n + i] = scratch[j];
        }
    }
}
