namespace ScalingLaws.Tests;

/// <summary>
/// The Hitchhiker's guide's published errors as shared/data/README.md lists them ("Hitchhiker
/// reference numbers (ARE)"), in % for p = 0.1 … 1.0; the test set is the target's last 30 %.
/// </summary>
internal static class HitchhikerTables
{
    public static readonly double[] Fractions = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];

    /// <summary>OPT, 10B cut, rows k = 3, 4, 5 (at k = 5, p = 0.1 only 4 sizes are in the window).</summary>
    public static readonly Dictionary<int, double[]> Opt = new()
    {
        [3] = [39.99, 19.29, 18.55, 17.55, 16.11, 12.56, 10.83, 8.53, 7.08, 5.92],
        [4] = [54.31, 12.51, 17.07, 16.43, 14.98, 13.20, 11.80, 10.16, 9.38, 8.66],
        [5] = [54.31, 11.88, 16.57, 14.25, 13.07, 11.32, 9.71, 8.43, 7.85, 7.42],
    };

    /// <summary>OPT without the 10B cut (figs/hist_no_cut), k = 5 in full; k = 3 only its ends (62.57 … 15.48).</summary>
    public static readonly double[] OptNoCutK5 = [52.80, 32.05, 30.26, 26.84, 25.48, 24.24, 21.75, 19.42, 17.85, 17.03];

    public static readonly (double First, double Last) OptNoCutK3 = (62.57, 15.48);

    /// <summary>GPT-3 rows k = 3 … 7 (the 10B cut changes nothing: every digitised checkpoint is above 11B tokens).</summary>
    public static readonly Dictionary<int, double[]> Gpt3 = new()
    {
        [3] = [47.75, 43.75, 40.37, 36.82, 34.82, 31.58, 29.00, 26.62, 24.82, 23.22],
        [4] = [0.57, 2.54, 0.62, 1.89, 3.96, 5.94, 7.85, 9.40, 9.12, 5.64],
        [5] = [1.07, 0.63, 1.57, 3.27, 4.98, 6.45, 7.97, 7.98, 6.49, 5.10],
        [6] = [5.65, 4.62, 5.10, 4.46, 3.82, 3.24, 2.46, 1.64, 1.06, 0.92],
        [7] = [16.32, 13.64, 11.78, 9.94, 8.27, 6.77, 5.46, 4.31, 3.27, 2.72],
    };

    /// <summary>The one-model variant on OPT, by training model; NaN where the figure is empty (no rows).</summary>
    public static readonly Dictionary<string, double[]> OptOneModel = new()
    {
        ["OPT-6.7b"] = [2.41, 35.76, 37.49, 37.16, 36.79, 35.37, 34.71, 33.61, 32.99, 32.46],
        ["OPT-13b"] = [36.14, 5.85, 22.82, 27.23, 27.26, 26.73, 26.22, 25.38, 25.20, 24.87],
        ["OPT-30b"] = [double.NaN, 23.30, 4.09, 18.40, 15.28, 12.47, 14.01, 14.57, 14.91, 15.02],
        ["OPT-175b"] = [22.22, 11.56, 1.59, 6.27, 4.28, 2.52, 1.85, 1.49, 1.06, 0.73],
    };

    /// <summary>How close a reproduced cell must come, in percentage points.</summary>
    public const double Tolerance = 0.5;
}
