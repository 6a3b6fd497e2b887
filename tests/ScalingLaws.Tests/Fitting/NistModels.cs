namespace ScalingLaws.Tests.Fitting;

/// <summary>The NIST problems' model functions with their analytic gradients, as stated in each file.</summary>
internal static class NistModels
{
    public static FunctionModel For(NistProblem problem) =>
        new(problem.Name, problem.Names, problem.Y, Function(problem.Name, problem.X));

    private static RowFunction Function(string name, double[] x) => name switch
    {
        "Misra1a" => (b, i, g) => Misra1a(b, x[i], g),
        "Thurber" => (b, i, g) => Thurber(b, x[i], g),
        "MGH09" => (b, i, g) => Mgh09(b, x[i], g),
        "Eckerle4" => (b, i, g) => Eckerle4(b, x[i], g),
        _ => throw new ArgumentException(name),
    };

    // y = b1·(1 − exp(−b2·x))
    private static double Misra1a(ReadOnlySpan<double> b, double x, Span<double> g)
    {
        var e = Math.Exp(-b[1] * x);
        g[0] = 1 - e;
        g[1] = b[0] * x * e;
        return b[0] * (1 - e);
    }

    // y = (b1 + b2·x + b3·x² + b4·x³) / (1 + b5·x + b6·x² + b7·x³)
    private static double Thurber(ReadOnlySpan<double> b, double x, Span<double> g)
    {
        double x2 = x * x, x3 = x2 * x;
        var numerator = b[0] + b[1] * x + b[2] * x2 + b[3] * x3;
        var denominator = 1 + b[4] * x + b[5] * x2 + b[6] * x3;
        var y = numerator / denominator;
        (g[0], g[1], g[2], g[3]) = (1 / denominator, x / denominator, x2 / denominator, x3 / denominator);
        (g[4], g[5], g[6]) = (-y * x / denominator, -y * x2 / denominator, -y * x3 / denominator);
        return y;
    }

    // y = b1·(x² + x·b2) / (x² + x·b3 + b4)
    private static double Mgh09(ReadOnlySpan<double> b, double x, Span<double> g)
    {
        var numerator = x * x + x * b[1];
        var denominator = x * x + x * b[2] + b[3];
        var y = b[0] * numerator / denominator;
        (g[0], g[1], g[2], g[3]) = (numerator / denominator, b[0] * x / denominator, -y * x / denominator, -y / denominator);
        return y;
    }

    // y = (b1/b2)·exp(−½((x − b3)/b2)²)
    private static double Eckerle4(ReadOnlySpan<double> b, double x, Span<double> g)
    {
        var u = (x - b[2]) / b[1];
        var e = Math.Exp(-0.5 * u * u);
        var y = b[0] / b[1] * e;
        g[0] = e / b[1];
        g[1] = -y / b[1] + y * u * u / b[1];
        g[2] = y * u / b[1];
        return y;
    }
}
