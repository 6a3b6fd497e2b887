namespace ScalingLaws.Tests.Fitting;

/// <summary>
/// Test problems of Moré, Garbow and Hillstrom (1981), "Testing unconstrained optimization software", as residuals
/// f_i(x) with their Jacobians: the engine fits them as a model predicting f_i with every observation 0.
/// </summary>
internal sealed record MoreGarbowHillstrom(string Name, double[] Start, double[] Solution, int Residuals, RowFunction Residual)
{
    public FunctionModel Model() =>
        new(Name, [.. Enumerable.Range(1, Start.Length).Select(j => $"x{j}")], new double[Residuals], Residual);

    public override string ToString() => Name;

    public static IReadOnlyList<MoreGarbowHillstrom> All { get; } =
    [
        // (1) Rosenbrock: f1 = 10(x2 − x1²), f2 = 1 − x1.
        new("Rosenbrock", [-1.2, 1], [1, 1], 2, (x, i, g) =>
        {
            if (i == 0)
            {
                (g[0], g[1]) = (-20 * x[0], 10);
                return 10 * (x[1] - x[0] * x[0]);
            }
            (g[0], g[1]) = (-1, 0);
            return 1 - x[0];
        }),
        // (2) Freudenstein and Roth: f1 = −13 + x1 + ((5 − x2)x2 − 2)x2, f2 = −29 + x1 + ((x2 + 1)x2 − 14)x2.
        new("Freudenstein–Roth", [0.5, -2], [5, 4], 2, (x, i, g) =>
        {
            var y = x[1];
            if (i == 0)
            {
                (g[0], g[1]) = (1, 10 * y - 3 * y * y - 2);
                return -13 + x[0] + ((5 - y) * y - 2) * y;
            }
            (g[0], g[1]) = (1, 3 * y * y + 2 * y - 14);
            return -29 + x[0] + ((y + 1) * y - 14) * y;
        }),
        // (3) Powell badly scaled: f1 = 10⁴x1x2 − 1, f2 = exp(−x1) + exp(−x2) − 1.0001.
        new("Powell badly scaled", [0, 1], [1.098159329699759e-5, 9.106146739866218], 2, (x, i, g) =>
        {
            if (i == 0)
            {
                (g[0], g[1]) = (1e4 * x[1], 1e4 * x[0]);
                return 1e4 * x[0] * x[1] - 1;
            }
            (g[0], g[1]) = (-Math.Exp(-x[0]), -Math.Exp(-x[1]));
            return Math.Exp(-x[0]) + Math.Exp(-x[1]) - 1.0001;
        }),
        // (4) Brown badly scaled: f1 = x1 − 10⁶, f2 = x2 − 2·10⁻⁶, f3 = x1x2 − 2.
        new("Brown badly scaled", [1, 1], [1e6, 2e-6], 3, (x, i, g) =>
        {
            switch (i)
            {
                case 0:
                    (g[0], g[1]) = (1, 0);
                    return x[0] - 1e6;
                case 1:
                    (g[0], g[1]) = (0, 1);
                    return x[1] - 2e-6;
                default:
                    (g[0], g[1]) = (x[1], x[0]);
                    return x[0] * x[1] - 2;
            }
        }),
        // (5) Beale: f_i = y_i − x1(1 − x2^i), y = (1.5, 2.25, 2.625).
        new("Beale", [1, 1], [3, 0.5], 3, (x, i, g) =>
        {
            double[] y = [1.5, 2.25, 2.625];
            var k = i + 1;
            var power = Math.Pow(x[1], k);
            (g[0], g[1]) = (-(1 - power), x[0] * k * Math.Pow(x[1], k - 1));
            return y[i] - x[0] * (1 - power);
        }),
        // (7) Helical valley: f1 = 10(x3 − 10θ), f2 = 10(√(x1² + x2²) − 1), f3 = x3, θ = atan2-like angle / 2π.
        new("Helical valley", [-1, 0, 0], [1, 0, 0], 3, (x, i, g) =>
        {
            var r2 = x[0] * x[0] + x[1] * x[1];
            switch (i)
            {
                case 0:
                    var theta = Math.Atan(x[1] / x[0]) / (2 * Math.PI) + (x[0] < 0 ? 0.5 : 0);
                    (g[0], g[1], g[2]) = (100 * x[1] / (2 * Math.PI * r2), -100 * x[0] / (2 * Math.PI * r2), 10);
                    return 10 * (x[2] - 10 * theta);
                case 1:
                    var r = Math.Sqrt(r2);
                    (g[0], g[1], g[2]) = (10 * x[0] / r, 10 * x[1] / r, 0);
                    return 10 * (r - 1);
                default:
                    (g[0], g[1], g[2]) = (0, 0, 1);
                    return x[2];
            }
        }),
    ];
}
