using ScalingLaws.Planning;

namespace ScalingLaws.Plotting;

/// <summary>
/// The figures of a scaling-law study. Each method takes plain data (nothing is fitted here) and
/// returns a ScottPlot <see cref="Plot"/> that callers may restyle before <see cref="Save(Plot, string, FigureSettings)"/>.
/// Log axes plot log10 of the data with decade ticks labelled 1B, 10B… or 10¹⁸, 10²⁰… (so a
/// caller adding to a log axis passes log10 values). Fonts and legend placement are tuned for
/// 800×600 shrunk to one paper column; a figure saved larger is the same layout drawn larger (text
/// too), and <see cref="FigureSettings.Dpi"/> gives a PNG more pixels at the same size.
/// </summary>
public static class ScalingPlots
{
    /// <summary>
    /// Loss against model size (log axis) for each compute budget: the runs, the parabola fitted in
    /// ln N and its minimum, one colour per budget (viridis, small to large budgets).
    /// </summary>
    public static Plot IsoFlopProfiles(IReadOnlyList<IsoFlopProfilePlotData> profiles, string? title = null) =>
        IsoFlopProfilesFigure.Create(profiles, title);

    /// <summary>
    /// The (N, D) plane of a Chinchilla law on log-log axes: labelled IsoLoss contours, the
    /// efficient frontier N*(C), D*(C) as a thick line, dashed IsoFLOP lines D = C/(6N) and,
    /// optionally, the observed runs.
    /// </summary>
    /// <param name="lossLevels">Contour levels in nats (above E); default: the optimal loss at each budget, rounded.</param>
    /// <param name="budgets">Compute budgets (FLOPs) for IsoFLOP lines; default: decades spanning the runs, or 10¹⁸…10²⁴.</param>
    /// <param name="runs">Observed runs, drawn at (N, D); D falls back to C/(6N).</param>
    public static Plot IsoLossContours(
        ComputeOptimal law,
        IReadOnlyList<double>? lossLevels = null,
        IReadOnlyList<double>? budgets = null,
        IEnumerable<Observation>? runs = null,
        string? title = null) =>
        IsoLossContoursFigure.Create(law, lossLevels, budgets, runs, title);

    /// <summary>
    /// Observed loss against compute (log axis; C falls back to 6ND), coloured by model size when
    /// there are at most eight sizes, with the law's compute-optimal frontier L*(C) when given, and its 95% band
    /// over bootstrap resamples when <paramref name="spread"/> is given.
    /// </summary>
    public static Plot LossVsCompute(IEnumerable<Observation> runs, ComputeOptimal? law = null, string? title = null, AllocationUncertainty? spread = null) =>
        LossVsComputeFigure.Create(runs, law, title, spread);

    /// <summary>Predicted against observed loss on equal axis ranges, with the line y = x and the RMSE in the legend.</summary>
    public static Plot PredictedVsObserved(PredictedVsObservedPlotData data, string? title = null) =>
        PredictedVsObservedFigure.Create(data, title);

    /// <summary>
    /// The ARE heatmap of "A Hitchhiker's Guide to Scaling Law Estimation": rows are the number of
    /// models k fitted, columns the fraction of training p, each cell coloured by its absolute
    /// relative error and labelled in percent ("5.9"), failed fits hatched grey with "–", and labelled
    /// step contours at 5%, 10% and 15% along the cell boundaries. The colour bar (viridis reversed,
    /// light = low error) runs to the largest error rounded up to 5%, kept between 15% and 30%.
    /// </summary>
    /// <exception cref="ScalingLawsException">The table is empty, its size does not match the models and fractions, k or p are out of range or repeated, or an ARE is negative or not finite.</exception>
    public static Plot AreHeatmap(AreHeatmapPlotData data) =>
        AreHeatmapFigure.Create(data);

    /// <summary>
    /// Loss against context position (log axis) at a few checkpoints: observed losses as markers at
    /// log-spaced positions and the fitted position law as a line, one colour per checkpoint (viridis,
    /// early to late).
    /// </summary>
    public static Plot PositionLosses(PositionLossPlotData data, string? title = null) =>
        PositionLossFigure.Create(data, title);

    /// <summary>
    /// Where the runs lie in the (N, D) plane on log-log axes (D falls back to C/(6N)), one colour per
    /// family when there are two to eight, with the line D = 20N for scale.
    /// </summary>
    public static Plot Runs(IEnumerable<Observation> runs, string? title = null) =>
        RunsFigure.Create(runs, title);

    /// <summary>
    /// Residuals against N or D (log axis) with zero marked; for a Huber fit the band ±δ is shaded
    /// and the rows beyond it, which the objective down-weights, are drawn hollow in red.
    /// </summary>
    public static Plot Residuals(ResidualsPlotData data, string? title = null) =>
        ResidualsFigure.Create(data, title);

    /// <summary>
    /// A backtest: each held-out run's error ln L − ln L̂ against its extrapolation factor (log axis), with its
    /// predictive 95% interval as a shaded bar; runs outside their interval hollow in red.
    /// </summary>
    public static Plot Backtest(BacktestPlotData data, string? title = null) => BacktestFigure.Create(data, title);

    /// <summary>A task's accuracy against loss or compute: fitted and held-out scores, the law with its 95% band, the chance level.</summary>
    public static Plot Downstream(DownstreamPlotData data, string? title = null) => DownstreamFigure.Create(data, title);

    /// <summary>
    /// The plot as an <c>&lt;svg&gt;</c> element for an HTML page, rendered in memory: no XML
    /// declaration, a viewBox so the page can scale it, and its ids prefixed with
    /// <paramref name="idPrefix"/> (letters, digits, '-') so that figures on one page stay apart.
    /// </summary>
    public static string ToInlineSvg(Plot plot, string idPrefix, int width = 800, int height = 600) =>
        InlineSvg.Render(plot, width, height, idPrefix);

    /// <summary>A multi-panel figure as an <c>&lt;svg&gt;</c> element for an HTML page, like <see cref="ToInlineSvg(Plot, string, int, int)"/>.</summary>
    public static string ToInlineSvg(Multiplot multiplot, string idPrefix, int width = 800, int height = 600) =>
        InlineSvg.Render(multiplot, width, height, idPrefix);

    /// <summary>
    /// Loss curves: each run's observed loss (points) and the law's prediction (line), the fitted window shaded, and
    /// the learning-rate schedules in a panel beneath on the same step axis (no panel when no run has a schedule).
    /// One colour per run (at most 10). <paramref name="stepLabel"/> names the horizontal axis, e.g. "Tokens (millions)".
    /// </summary>
    public static Multiplot LossCurves(string law, IReadOnlyList<LossCurvePlotRun> runs, string? title = null, string stepLabel = "Step") =>
        LossCurveFigure.Create(law, runs, title, stepLabel);

    /// <summary>Writes a multi-panel figure as PNG, SVG or PDF, atomically, like <see cref="Save(Plot, string, int, int)"/>.</summary>
    public static SavedFigure SavePanels(Multiplot multiplot, string path, int width = 800, int height = 600) =>
        FigureFile.Save(multiplot, path, new FigureSettings { Width = width, Height = height });

    /// <summary>A multi-panel figure written with <paramref name="settings"/>, like <see cref="Save(Plot, string, FigureSettings)"/>; x limits apply to every panel, y limits to the first.</summary>
    public static SavedFigure SavePanels(Multiplot multiplot, string path, FigureSettings settings) =>
        FigureFile.Save(multiplot, path, settings);

    /// <summary>
    /// Writes <paramref name="plot"/> as PNG, SVG or PDF, chosen by the extension of <paramref name="path"/>,
    /// atomically (a temporary file in the same folder, then a rename).
    /// </summary>
    /// <exception cref="ScalingLawsException">The extension is not .png, .svg or .pdf, the size is not positive, or the folder cannot be written.</exception>
    public static SavedFigure Save(Plot plot, string path, int width = 800, int height = 600) =>
        FigureFile.Save(plot, path, new FigureSettings { Width = width, Height = height });

    /// <summary>
    /// Writes <paramref name="plot"/> with <paramref name="settings"/>: size, PNG resolution, text size, and axis limits
    /// (which stay set on the plot). PDF is vector with its text in embedded fonts.
    /// </summary>
    /// <exception cref="ScalingLawsException">The extension is not .png, .svg or .pdf, a size, resolution or font scale is not positive, a limit is not finite or not above zero on a logarithmic axis, or the folder cannot be written.</exception>
    public static SavedFigure Save(Plot plot, string path, FigureSettings settings) =>
        FigureFile.Save(plot, path, settings);
}
