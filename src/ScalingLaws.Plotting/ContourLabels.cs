namespace ScalingLaws.Plotting;

/// <summary>The heatmap's contour labels ("10%"), each on a white box over its line, clear of the printed values.</summary>
internal static class ContourLabels
{
    /// <summary>
    /// Labels each level in place ("10%") on a white box over its line. A place must stay inside
    /// the frame and clear of every printed value and earlier label. Each level gets one label,
    /// preferably where no other level's line runs, on its longest piece, near the piece's middle;
    /// other pieces of at least three cell edges get one too where such a clean place exists.
    /// </summary>
    /// <returns>The labels drawn: text and box in pixels.</returns>
    public static List<(string Text, PixelRect Box)> Place(
        SkiaSharp.SKCanvas canvas, Paint paint, PixelRect dataRect, IReadOnlyList<double> levels,
        IReadOnlyList<StepContours.Chain>[] contours, List<List<Pixel[]>> lines, List<PixelRect> textBoxes, float fontSize)
    {
        var placed = new List<(string Text, PixelRect Box)>();
        var frame = dataRect.Contract(2);
        for (var level = 0; level < levels.Count; level++)
        {
            if (lines[level].Count == 0)
                continue;
            var text = $"{Math.Round(levels[level] * 100, 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}%";
            var style = CentredText.Style(fontSize, FigureStyle.Ink);
            var ink = CentredText.InkBox(style, text, paint, new Pixel(0, 0));
            var (halfWidth, halfHeight) = (ink.Width / 2 + 4, ink.Height / 2 + 3.5f);
            var others = lines.Where((_, l) => l != level).SelectMany(l => l).ToList();

            List<(int Piece, Pixel At, double Position, PixelRect Box, bool Clean)> Places(int piece) =>
                [.. Candidates(lines[level][piece])
                    .Select(c => (piece, c.At, c.Position, Box: new PixelRect(c.At.X - halfWidth, c.At.X + halfWidth, c.At.Y + halfHeight, c.At.Y - halfHeight)))
                    .Where(c => Inside(frame, c.Box) && !textBoxes.Concat(placed.Select(p => p.Box)).Any(o => Overlaps(o, c.Box)))
                    .Select(c => (c.piece, c.At, c.Position, c.Box, Clean: !others.Any(o => Crosses(o, c.Box))))];

            void Put((int Piece, Pixel At, double Position, PixelRect Box, bool Clean) place)
            {
                using var fill = new SkiaSharp.SKPaint { Color = Colors.White.ToSKColor(), IsAntialias = true };
                using var border = new SkiaSharp.SKPaint { Color = FigureStyle.Ink.ToSKColor(), IsAntialias = true, IsStroke = true, StrokeWidth = 1 };
                canvas.DrawRoundRect(place.Box.ToSKRect(), 3, 3, fill);
                canvas.DrawRoundRect(place.Box.ToSKRect(), 3, 3, border);
                CentredText.Draw(canvas, paint, style, text, place.At);
                placed.Add((text, place.Box));
            }

            var pieces = Enumerable.Range(0, lines[level].Count).OrderByDescending(k => Length(lines[level][k])).ToList();
            var first = pieces
                .SelectMany(Places)
                .OrderBy(c => c.Clean ? 0 : 1)
                .ThenBy(c => pieces.IndexOf(c.Piece))
                .ThenBy(c => Math.Abs(c.Position - 0.5))
                .ToList();
            if (first.Count == 0)
                continue;
            Put(first[0]);
            foreach (var piece in pieces.Where(k => k != first[0].Piece && contours[level][k].Segments >= 3))
            {
                var clean = Places(piece).Where(c => c.Clean).OrderBy(c => Math.Abs(c.Position - 0.5)).ToList();
                if (clean.Count > 0)
                    Put(clean[0]);
            }
        }
        return placed;
    }

    /// <summary>Label centres along a line: a quarter, half and three quarters of each segment, with their position along the whole line (0 to 1).</summary>
    private static IEnumerable<(Pixel At, double Position)> Candidates(Pixel[] line)
    {
        var total = Length(line);
        var walked = 0.0;
        for (var k = 1; k < line.Length; k++)
        {
            var (a, b) = (line[k - 1], line[k]);
            var length = a.DistanceFrom(b);
            foreach (var f in new[] { 0.5f, 0.25f, 0.75f })
                yield return (new Pixel(a.X + (b.X - a.X) * f, a.Y + (b.Y - a.Y) * f), total > 0 ? (walked + f * length) / total : 0.5);
            walked += length;
        }
    }

    private static double Length(Pixel[] line) => line.Zip(line.Skip(1), (a, b) => (double)a.DistanceFrom(b)).Sum();

    private static bool Inside(PixelRect outer, PixelRect inner) =>
        inner.Left >= outer.Left && inner.Right <= outer.Right && inner.Top >= outer.Top && inner.Bottom <= outer.Bottom;

    private static bool Overlaps(PixelRect a, PixelRect b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    /// <summary>Whether any segment of <paramref name="line"/> (all axis-aligned) passes through <paramref name="box"/>.</summary>
    private static bool Crosses(Pixel[] line, PixelRect box) =>
        line.Zip(line.Skip(1)).Any(s => Overlaps(
            new PixelRect(Math.Min(s.First.X, s.Second.X) - 1, Math.Max(s.First.X, s.Second.X) + 1, Math.Max(s.First.Y, s.Second.Y) + 1, Math.Min(s.First.Y, s.Second.Y) - 1),
            box));
}
