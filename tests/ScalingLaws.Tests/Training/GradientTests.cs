using ScalingLaws.Training.Model;

namespace ScalingLaws.Tests.Training;

/// <summary>
/// Every parameter's analytic gradient against central finite differences, in double precision: they agree
/// to a relative 1e-5 (1e-6 absolute for gradients near zero, where differencing loses digits), while a
/// wrong term in any layer's backward shows up as an O(1) relative error.
/// </summary>
public sealed class GradientTests
{
    // Vocabulary 7 and context 5 are not multiples of the vector width: the kernels' edge paths are checked too.
    private static readonly ModelConfig Tiny = new(vocabulary: 7, context: 5, layers: 2, width: 8, heads: 2);

    [Fact]
    public void Every_tensor_matches_finite_differences()
    {
        var (model, inputs, targets) = Setup<double>(Tiny, sequences: 3, seed: 1);
        model.ForwardBackward(inputs, targets);
        var analytic = (double[])model.Gradients.Clone();
        const double step = 1e-4;
        foreach (var tensor in model.Layout.Tensors)
        {
            var (worst, detail) = (0.0, "");
            for (var i = tensor.Offset; i < tensor.Offset + tensor.Length; i++)
            {
                var saved = model.Parameters[i];
                model.Parameters[i] = saved + step;
                var up = model.Forward(inputs, targets);
                model.Parameters[i] = saved - step;
                var down = model.Forward(inputs, targets);
                model.Parameters[i] = saved;
                var numeric = (up - down) / (2 * step);
                var error = Math.Abs(numeric - analytic[i]) / (1e-6 + Math.Abs(numeric) + Math.Abs(analytic[i]));
                if (error > worst)
                    (worst, detail) = (error, $"at {i - tensor.Offset}: numeric {numeric:E6}, analytic {analytic[i]:E6}");
            }
            Assert.True(worst < 1e-5, $"{tensor.Name}: relative gradient error {worst:E2} {detail}");
        }
    }

    [Fact]
    public void Float_gradients_agree_with_double()
    {
        var config = new ModelConfig(vocabulary: 64, context: 16, layers: 2, width: 32, heads: 2);
        var (precise, inputs, targets) = Setup<double>(config, sequences: 4, seed: 2);
        var single = new Transformer<float>(config, 4);
        for (var i = 0; i < single.Parameters.Length; i++)
            single.Parameters[i] = (float)precise.Parameters[i];
        var lossDouble = precise.ForwardBackward(inputs, targets);
        var lossFloat = single.ForwardBackward(inputs, targets);
        Assert.Equal(lossDouble, lossFloat, 1e-5);
        var scale = precise.Gradients.Max(Math.Abs);
        var worst = precise.Gradients.Zip(single.Gradients, (d, f) => Math.Abs(d - f)).Max();
        Assert.True(worst < 1e-4 * scale, $"float gradients differ from double by {worst:E2} (largest gradient {scale:E2})");
    }

    internal static (Transformer<T> Model, int[] Inputs, int[] Targets) Setup<T>(ModelConfig config, int sequences, int seed)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        var model = new Transformer<T>(config, sequences);
        model.Initialize(seed);
        // Larger weights than the initialization, and non-trivial gains and biases, so every path carries signal.
        var random = new Random(seed);
        for (var i = 0; i < model.Parameters.Length; i++)
            model.Parameters[i] += T.CreateTruncating(0.3 * (random.NextDouble() - 0.5));
        var rows = sequences * config.Context;
        var inputs = Enumerable.Range(0, rows).Select(_ => random.Next(config.Vocabulary)).ToArray();
        var targets = Enumerable.Range(0, rows).Select(_ => random.Next(config.Vocabulary)).ToArray();
        return (model, inputs, targets);
    }
}
