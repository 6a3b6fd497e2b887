using System.Text.Json.Serialization;
using ScalingLaws.Fitting;

namespace ScalingLaws.IO.LawFiles;

/// <summary>
/// A fit's metrics under the lower-case names the JSON promises, in one order for every document (law files, loss
/// curves, per-position and temporal fits): R² (sklearn's r2_score), MAE, RMSE, mean and max relative error, the
/// Multi-Power Law repository's order.
/// </summary>
public sealed record MetricsDocument(
    [property: JsonPropertyName("r2")] double R2,
    [property: JsonPropertyName("mae")] double Mae,
    [property: JsonPropertyName("rmse")] double Rmse,
    [property: JsonPropertyName("mre")] double Mre,
    [property: JsonPropertyName("maxre")] double MaxRe)
{
    /// <summary>The metrics as JSON.</summary>
    public static MetricsDocument Of(FitMetrics m) => new(m.R2, m.Mae, m.Rmse, m.Mre, m.MaxRe);
}
