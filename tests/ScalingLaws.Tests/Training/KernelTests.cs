using ScalingLaws.Curves;
using ScalingLaws.Training.Kernels;
using ScalingLaws.Training.Optim;

namespace ScalingLaws.Tests.Training;

/// <summary>The matrix kernel against a plain triple loop, at the training shapes and at awkward ones; the schedules' defining values.</summary>
public sealed class KernelTests
{
    [Theory]
    [InlineData(2048, 128, 384, false)] // QKV projection of the 800K model
    [InlineData(128, 2048, 512, true)]  // a weight gradient Xᵀ·dY over the batch
    [InlineData(13, 300, 21, false)]    // rows, depth and columns off every block size
    [InlineData(7, 5, 19, true)]
    public void Product_matches_the_triple_loop(int m, int k, int n, bool transposeA)
    {
        var random = new Random(m + k + n);
        var a = Random(random, transposeA ? k : m, transposeA ? m : k);
        var b = Random(random, k, n);
        var c = Random(random, m, n);
        var initial = (float[])c.Data.Clone();
        Gemm.Multiply(Workers.AllCores, a, b, c, accumulate: true, transposeA);
        for (var i = 0; i < m; i++)
            for (var j = 0; j < n; j++)
            {
                var expected = (double)initial[i * n + j];
                for (var p = 0; p < k; p++)
                    expected += (double)(transposeA ? a.Data[p * m + i] : a.Data[i * k + p]) * b.Data[p * n + j];
                Assert.True(Math.Abs(c.Data[i * n + j] - expected) < 1e-4 * Math.Sqrt(k), $"C[{i},{j}] = {c.Data[i * n + j]}, expected {expected}");
            }
    }

    [Fact]
    public void Schedules_have_their_defining_values()
    {
        var cosine = new TrainingSchedule(ScheduleShape.Cosine, 1e-3, TotalSteps: 1000, WarmupSteps: 50);
        Assert.Equal(1e-3 / 50, cosine.At(0), 12);
        Assert.Equal(1e-3, cosine.At(50), 12);
        Assert.Equal(1e-4, cosine.At(999), 12); // a tenth of the peak at the last step
        var wsd = new TrainingSchedule(ScheduleShape.Wsd, 1e-3, TotalSteps: 1000, WarmupSteps: 50);
        Assert.Equal(800, wsd.DecayStart);
        Assert.Equal(1e-3, wsd.At(799), 12);
        Assert.Equal(1e-3 / 200, wsd.At(999), 12); // linear to zero over the last fifth
        Assert.Equal(1e-3, new TrainingSchedule(ScheduleShape.Constant, 1e-3, 1000, 50).At(999), 12);
    }

    private static Matrix<float> Random(Random random, int rows, int columns) =>
        new([.. Enumerable.Range(0, rows * columns).Select(_ => (float)(random.NextDouble() - 0.5))], rows, columns);
}
