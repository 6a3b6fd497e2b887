namespace ScalingLaws.IO.LawFiles;

/// <summary>
/// A parameter covariance as a law file stores it (rows of numbers). A fit writes a square, finite, symmetric matrix with
/// no negative variance and no correlation beyond ±1; a hand edit that breaks one of these gives intervals that are not
/// numbers or span twenty decades, so it is refused in words.
/// </summary>
internal static class StoredCovariance
{
    // Rounding in a written file leaves a correlation of 1 a hair above it, and a symmetric pair a hair apart.
    private const double Tolerance = 1e-6;

    /// <summary>What is wrong with <paramref name="rows"/> ("is not …", "has …"), or null when a fit could have written it.</summary>
    public static string? Problem(double[][] rows, int size)
    {
        if (rows.Length != size || rows.Any(row => row is null || row.Length != size || row.Any(v => !double.IsFinite(v))))
            return $"is not a square matrix of {size} × {size} finite numbers";
        if (Enumerable.Range(0, size).FirstOrDefault(i => rows[i][i] < 0, -1) is var negative and >= 0)
            return $"has a negative variance ({rows[negative][negative]:G6} in row {negative + 1}), which no fit gives";
        for (var i = 0; i < size; i++)
        {
            for (var j = i + 1; j < size; j++)
            {
                var (a, b) = (rows[i][j], rows[j][i]);
                if (Math.Abs(a - b) > Tolerance * Math.Max(Math.Max(Math.Abs(a), Math.Abs(b)), Math.Sqrt(rows[i][i] * rows[j][j])))
                    return $"is not symmetric (row {i + 1}, column {j + 1} is {a:G6}, row {j + 1}, column {i + 1} is {b:G6})";
                if (a * a > rows[i][i] * rows[j][j] * (1 + Tolerance))
                    return $"gives rows {i + 1} and {j + 1} a correlation of {a / Math.Sqrt(rows[i][i] * rows[j][j]):G3}, beyond ±1, which no fit gives";
            }
        }
        return null;
    }

    /// <summary>The rows as a matrix; call after <see cref="Problem"/> found none.</summary>
    public static double[,] Matrix(double[][] rows)
    {
        var matrix = new double[rows.Length, rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < rows.Length; j++)
                matrix[i, j] = rows[i][j];
        }
        return matrix;
    }
}
