using ScalingLaws.Fitting;

namespace ScalingLaws.Cli.Rendering;

/// <summary>Fit or prediction metrics as the curve commands' JSON writes them: {r2, mae, rmse, mre, maxre}.</summary>
internal sealed record MetricsJson(double R2, double Mae, double Rmse, double Mre, double Maxre)
{
    public static MetricsJson From(FitMetrics m) => new(m.R2, m.Mae, m.Rmse, m.Mre, m.MaxRe);
}
