using ScalingLaws.Laws;
using ScalingLaws.Planning;

namespace ScalingLaws.Plotting;

/// <summary>
/// The (N, D) plane of a Chinchilla law: IsoLoss contours, the efficient frontier N*(C), D*(C), and
/// IsoFLOP lines D = C/(6N), which touch the contour of their optimal loss on the frontier.
/// </summary>
internal static class IsoLossContoursFigure
{
    private const int ContourSamples = 400;
    private const double MarginDecades = 1.0;

    public static Plot Create(ComputeOptimal law, IReadOnlyList<double>? lossLevels, IReadOnlyList<double>? budgets, IEnumerable<Observation>? runs, string? title)
    {
        ArgumentNullException.ThrowIfNull(law);
        var observed = RunPoints(runs);
        var flops = budgets is null ? DefaultBudgets(runs) : [.. budgets.Order()];
        if (flops.Length == 0)
            throw new ScalingLawsException("no compute budgets for the IsoFLOP lines; give at least one.");
        foreach (var c in flops)
        {
            if (!(c > 0) || !double.IsFinite(c))
                throw new ScalingLawsException($"compute budget {c} is not a positive number of FLOPs.");
        }
        var levels = lossLevels is null ? DefaultLevels(law, flops) : [.. lossLevels.Order()];
        foreach (var level in levels)
        {
            if (!(level > law.E) || !double.IsFinite(level))
                throw new ScalingLawsException($"IsoLoss level {level:G4} is at or below the irreducible loss E = {law.E:G4}; choose levels above it.");
            // Its contour lies nowhere on the figure and was left out without a word (--levels 1e308 drew the frontier alone).
            if (level > PlausibleLoss.Ceiling)
                throw new ScalingLawsException($"IsoLoss level {QuantityFormat.Constant(level)} is above {QuantityFormat.Constant(PlausibleLoss.Ceiling)}, which no model's loss is; choose levels a little above E = {law.E:G4}.");
        }

        var plot = new Plot();
        FigureStyle.Apply(plot, title ?? "IsoLoss contours and efficient frontier", "Parameters N", "Training tokens D");
        LogAxis.Apply(plot.Axes.Bottom, LogTickLabels.Count);
        LogAxis.Apply(plot.Axes.Left, LogTickLabels.Count);
        var limits = Limits(law, flops, observed);
        var legend = new LegendPlacement();

        // IsoLoss contours: thin grey, labelled in place.
        var decimals = Decimals(levels);
        var contourColor = Color.FromHex("#7a7a7a");
        var contours = levels.Select(level => (level, curve: Contour(law, level, limits))).Where(c => c.curve.Length >= 2).ToList();
        foreach (var (_, curve) in contours)
        {
            var line = plot.Add.ScatterLine(curve, contourColor);
            line.LineWidth = 1.8f;
            line.MarkerSize = 0;
        }
        legend.Line("IsoLoss (nats)", contourColor, 1.8f);

        // The efficient frontier.
        var frontier = Frontier(law, limits);
        var frontierLine = plot.Add.ScatterLine(frontier, FigureStyle.Frontier);
        frontierLine.LineWidth = FigureStyle.ThickLineWidth;
        frontierLine.MarkerSize = 0;
        legend.Line("Efficient frontier", FigureStyle.Frontier, FigureStyle.ThickLineWidth);

        // IsoFLOP lines, one colour per budget, with the optimum marked where they touch the frontier.
        var colors = FigureStyle.Sequential(flops.Length);
        for (var i = 0; i < flops.Length; i++)
        {
            var offset = LogAxis.Transform(flops[i] / Compute.FlopsPerParamToken);
            // Clipped to the view here so the dash pattern starts at the frame.
            var (x0, x1) = (Math.Max(limits.Left, offset - limits.Top), Math.Min(limits.Right, offset - limits.Bottom));
            if (x0 < x1)
                plot.Add.Plottable(new DashedLine([new(x0, offset - x0), new(x1, offset - x1)], colors[i], FigureStyle.LineWidth));
            var optimum = law.ForFlops(flops[i]);
            var marker = plot.Add.Marker(LogAxis.Transform(optimum.Params), LogAxis.Transform(optimum.Tokens), MarkerShape.FilledCircle, 12, colors[i]);
            FigureStyle.Outline(marker.MarkerStyle, colors[i], FigureStyle.Ink);
            legend.Dashed($"C = {QuantityLabels.Flops(flops[i])} FLOPs", colors[i], FigureStyle.LineWidth);
        }

        if (observed.Length > 0)
        {
            var points = plot.Add.ScatterPoints(observed, FigureStyle.Ink);
            points.MarkerShape = MarkerShape.OpenCircle;
            points.MarkerSize = FigureStyle.PointSize;
            FigureStyle.Outline(points.MarkerStyle, Colors.White, FigureStyle.Ink);
            legend.Marker("Observed runs", MarkerShape.OpenCircle, Colors.White, FigureStyle.Ink);
        }

        // Labels last, so no line crosses them.
        var labels = new List<CoordinateRect>();
        var runBoxes = observed.Select(c => new CoordinateRect(c.X, c.X, c.Y, c.Y)).ToList();
        foreach (var (level, curve) in contours)
            AddContourLabel(plot, curve, limits, QuantityLabels.Loss(level, decimals), labels, runBoxes);
        legend.ShowOutside(plot, limits);
        return plot;
    }

    /// <summary>
    /// The decades inside the runs' compute range (or around it when fewer than two fall inside),
    /// every second decade past six; 10¹⁸…10²⁴ without runs.
    /// </summary>
    private static double[] DefaultBudgets(IEnumerable<Observation>? runs)
    {
        var flops = runs?.Select(FlopsOf).Where(c => c > 0 && double.IsFinite(c)).ToList() ?? [];
        var (first, last) = flops.Count == 0
            ? (18, 24)
            : ((int)Math.Ceiling(Math.Log10(flops.Min()) - 1e-9), (int)Math.Floor(Math.Log10(flops.Max()) + 1e-9));
        if (flops.Count > 0 && last - first < 1)
            (first, last) = ((int)Math.Floor(Math.Log10(flops.Min()) + 1e-9), (int)Math.Ceiling(Math.Log10(flops.Max()) - 1e-9));
        if (last <= first)
            last = first + 1;
        var step = last - first > 5 ? 2 : 1;
        return [.. Enumerable.Range(0, (last - first) / step + 1).Select(k => Math.Pow(10, first + k * step))];
    }

    /// <summary>The optimal loss at each budget, rounded for the labels: each contour then touches its IsoFLOP line near the frontier.</summary>
    private static double[] DefaultLevels(ComputeOptimal law, double[] flops)
    {
        var exact = flops.Select(c => law.ForFlops(c).Loss).ToArray();
        for (var decimals = 2; decimals <= 4; decimals++)
        {
            var rounded = exact.Select(l => Math.Round(l, decimals)).Where(l => l > law.E).Distinct().Order().ToArray();
            if (rounded.Length == exact.Distinct().Count())
                return rounded;
        }
        return [.. exact.Distinct().Order()];
    }

    private static int Decimals(double[] levels)
    {
        for (var decimals = 2; decimals <= 4; decimals++)
        {
            if (levels.Select(l => QuantityLabels.Loss(l, decimals)).Distinct().Count() == levels.Length
                && levels.All(l => Math.Abs(Math.Round(l, decimals) - l) < 1e-9))
                return decimals;
        }
        return 3;
    }

    private static double FlopsOf(Observation run) =>
        double.IsFinite(run.Flops) ? run.Flops : Compute.Flops(run.Params, run.Tokens);

    private static Coordinates[] RunPoints(IEnumerable<Observation>? runs) =>
        runs is null
            ? []
            : [.. runs
                .Select(r => (r.Params, Tokens: double.IsFinite(r.Tokens) ? r.Tokens : Compute.Tokens(r.Flops, r.Params)))
                .Where(r => r.Params > 0 && r.Tokens > 0 && double.IsFinite(r.Params) && double.IsFinite(r.Tokens))
                .Select(r => new Coordinates(LogAxis.Transform(r.Params), LogAxis.Transform(r.Tokens)))];

    /// <summary>A decade beyond the frontier at the smallest and largest budget, widened to hold the runs.</summary>
    private static AxisLimits Limits(ComputeOptimal law, double[] flops, Coordinates[] runs)
    {
        var low = law.ForFlops(flops[0]);
        var high = law.ForFlops(flops[^1]);
        var left = LogAxis.Transform(low.Params) - MarginDecades;
        var right = LogAxis.Transform(high.Params) + MarginDecades;
        var bottom = LogAxis.Transform(low.Tokens) - MarginDecades;
        var top = LogAxis.Transform(high.Tokens) + MarginDecades;
        foreach (var run in runs)
        {
            left = Math.Min(left, run.X - 0.2);
            right = Math.Max(right, run.X + 0.2);
            bottom = Math.Min(bottom, run.Y - 0.2);
            top = Math.Max(top, run.Y + 0.2);
        }
        return new AxisLimits(left, right, bottom, top);
    }

    /// <summary>Points of L(N, D) = level across the view: from where it leaves the top edge to the right edge.</summary>
    private static Coordinates[] Contour(ComputeOptimal law, double level, AxisLimits limits)
    {
        // Start a little above the top edge so the drawn line meets the frame.
        var aboveTop = Math.Pow(10, limits.Top + 0.05 * limits.VerticalSpan);
        var room = level - law.E - law.B / Math.Pow(aboveTop, law.Beta);
        if (!(room > 0))
            return [];
        var start = Math.Max(limits.Left, LogAxis.Transform(Math.Pow(law.A / room, 1 / law.Alpha)));
        var end = limits.Right + 0.02 * limits.HorizontalSpan;
        if (start >= end)
            return [];
        return [.. Enumerable.Range(0, ContourSamples)
            .Select(i => i / (ContourSamples - 1.0))
            .Select(t => start + (end - start) * t * t)
            .Select(x => new Coordinates(x, LogAxis.Transform(law.IsoLossTokens(Math.Pow(10, x), level))))
            .Where(c => double.IsFinite(c.Y))];
    }

    /// <summary>
    /// Puts the loss value on its contour on a white box: preferably just below the top edge where the contour is
    /// near-vertical, else near the right edge, else anywhere along its visible part (a contour that only crosses a
    /// corner gets its box moved just inside the frame); clear of labels already placed and of runs if it can be, of
    /// labels at least, else where it covers the least of them. Every contour in view gets its label.
    /// </summary>
    private static void AddContourLabel(Plot plot, Coordinates[] curve, AxisLimits limits, string text, List<CoordinateRect> labels, IReadOnlyList<CoordinateRect> runs)
    {
        // Half the label box in data units (the data area is about 450×470 px with the legend outside).
        var halfWidth = (text.Length * FigureStyle.FontSize.Annotation * 0.62 + 8) / 2 / 450 * limits.HorizontalSpan;
        var halfHeight = (FigureStyle.FontSize.Annotation * 1.4 + 6) / 2 / 470 * limits.VerticalSpan;
        var fits = curve
            .Where(c => c.X - halfWidth >= limits.Left && c.X + halfWidth <= limits.Right
                && c.Y - halfHeight >= limits.Bottom && c.Y + halfHeight <= limits.Top)
            .ToArray();
        if (fits.Length == 0)
            fits = [.. curve.Where(c => c.X >= limits.Left && c.X <= limits.Right && c.Y >= limits.Bottom && c.Y <= limits.Top).Select(c => Inside(c, limits, halfWidth, halfHeight))];
        if (fits.Length == 0)
            return; // not in view, so not drawn either
        IEnumerable<Coordinates> Near(Func<Coordinates, double> distance, double tolerance) =>
            fits.Where(c => distance(c) <= tolerance).OrderBy(distance);
        var candidates = new[] { 0.08, 0.2, 0.32, 0.44 }
            .SelectMany(f => Near(c => Math.Abs(c.Y - (limits.Top - f * limits.VerticalSpan)), 0.03 * limits.VerticalSpan).Take(1))
            .Concat(new[] { 0.08, 0.2, 0.32 }
                .SelectMany(f => Near(c => Math.Abs(c.X - (limits.Right - f * limits.HorizontalSpan)), 0.03 * limits.HorizontalSpan).Take(1)))
            .Concat(AlongArc.Select(f => fits[(int)Math.Round(f * (fits.Length - 1))]));
        var boxes = candidates
            .Select(at => (at, box: new CoordinateRect(at.X - halfWidth, at.X + halfWidth, at.Y - halfHeight, at.Y + halfHeight)))
            .ToList();
        var index = boxes.FindIndex(b => !labels.Concat(runs).Any(o => Overlaps(o, b.box)));
        if (index < 0)
            index = boxes.FindIndex(b => !labels.Any(o => Overlaps(o, b.box)));
        if (index < 0)
            index = boxes.IndexOf(boxes.MinBy(b => labels.Sum(o => OverlapArea(o, b.box))));
        var (position, taken) = boxes[index];
        labels.Add(taken);
        var label = FigureStyle.Label(plot, text, position);
        label.LabelBackgroundColor = Colors.White;
        label.LabelPadding = 2;
        label.LabelAlignment = Alignment.MiddleCenter;
    }

    // Fractions of a contour's visible part tried after the edges: its middle first, then outwards.
    private static readonly double[] AlongArc = [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9];

    private static Coordinates Inside(Coordinates at, AxisLimits limits, double halfWidth, double halfHeight) => new(
        Math.Max(limits.Left + halfWidth, Math.Min(at.X, limits.Right - halfWidth)),
        Math.Max(limits.Bottom + halfHeight, Math.Min(at.Y, limits.Top - halfHeight)));

    private static double OverlapArea(CoordinateRect a, CoordinateRect b) =>
        Math.Max(0, Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left)) * Math.Max(0, Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom));

    private static bool Overlaps(CoordinateRect a, CoordinateRect b) =>
        a.Left <= b.Right && b.Left <= a.Right && a.Bottom <= b.Top && b.Bottom <= a.Top;

    private static Coordinates[] Frontier(ComputeOptimal law, AxisLimits limits)
    {
        var first = law.ForParams(Math.Pow(10, limits.Left - 0.5)).Flops;
        var last = law.ForParams(Math.Pow(10, limits.Right + 0.5)).Flops;
        return [.. Enumerable.Range(0, 50)
            .Select(i => Math.Pow(10, Math.Log10(first) + (Math.Log10(last) - Math.Log10(first)) * i / 49.0))
            .Select(law.ForFlops)
            .Select(a => new Coordinates(LogAxis.Transform(a.Params), LogAxis.Transform(a.Tokens)))];
    }
}
