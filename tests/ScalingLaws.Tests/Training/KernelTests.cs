using ScalingLaws.Training.Kernels;

namespace ScalingLaws.Tests.Training;

/// <summary>The matrix kernel against a plain triple loop, at the training shapes and at awkward ones.</summary>
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

    private static Matrix<float> Random(Random random, int rows, int columns) =>
        new([.. Enumerable.Range(0, rows * columns).Select(_ => (float)(random.NextDouble() - 0.5))], rows, columns);
}
