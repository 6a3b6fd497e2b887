using ScalingLaws.Optimization;

namespace ScalingLaws.Tests.Optimization;

/// <summary>
/// The packed sums must be, entry by entry, the plain row-by-row loop's sums to the bit (Levenberg–Marquardt's path and
/// every study number depend on it), for every dimension the packing holds and across calls (blocks of rows).
/// </summary>
public sealed class PackedNormalEquationsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Its_sums_equal_the_row_by_row_sums_to_the_bit(int dimension)
    {
        const int n = 37;
        var random = new Random(7);
        var source = Enumerable.Range(0, 6 * n).Select(_ => random.NextDouble() * 2 - 1).ToArray();
        source[5 * n + 3] = double.PositiveInfinity; // a padding slot's column: its factor 0 must not reach a kept entry
        int[] columns = [2 * n, 0, 4 * n, n, 3 * n];
        var factors = new double[PackedNormalEquations.MaxDimension];
        for (var s = 0; s < dimension; s++)
            factors[s] = 0.5 + random.NextDouble();
        for (var s = dimension; s < columns.Length; s++)
            columns[s] = 5 * n;
        var (rowFactor, residual) = (Enumerable.Range(0, n).Select(_ => random.NextDouble() * 3).ToArray(), Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.5).ToArray());
        double[] normal = new double[dimension * dimension], gradient = new double[dimension];
        var sums = new PackedNormalEquations();

        sums.Clear();
        sums.Add(source, n, columns, factors, rowFactor, residual);
        sums.Add(source, n, columns, factors, rowFactor, residual); // a second block carries the same sums on
        sums.Store(dimension, normal, gradient);

        var (expectedNormal, expectedGradient) = RowByRow(dimension, source, n, columns, factors, rowFactor, residual);
        Assert.Equal(expectedNormal, normal);
        Assert.Equal(expectedGradient, gradient);
    }

    // Each entry of JᵀJ and Jᵀr added row after row, over the same two blocks.
    private static (double[] Normal, double[] Gradient) RowByRow(
        int dimension, double[] source, int n, int[] columns, double[] factors, double[] rowFactor, double[] residual)
    {
        double[] normal = new double[dimension * dimension], gradient = new double[dimension], row = new double[dimension];
        for (var block = 0; block < 2; block++)
        {
            for (var i = 0; i < n; i++)
            {
                for (var s = 0; s < dimension; s++)
                    row[s] = source[columns[s] + i] * rowFactor[i] * factors[s];
                for (var s = 0; s < dimension; s++)
                {
                    gradient[s] += row[s] * residual[i];
                    for (var t = 0; t < dimension; t++)
                        normal[s * dimension + t] += row[s] * row[t];
                }
            }
        }
        return (normal, gradient);
    }
}
