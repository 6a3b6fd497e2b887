namespace ScalingLaws.Plotting;

/// <summary>
/// The heatmap's step contours in pixels for one render: a boundary crossed by several levels carries their lines side by
/// side, and the stretches over dark cells are marked for a halo.
/// </summary>
internal sealed class AreContourLines
{
    /// <summary>Distance in pixels between the lines of neighbouring levels on a shared boundary.</summary>
    public const float LevelSpacing = 6;

    /// <summary>Below this relative luminance an ink line is hard to see, and gets a halo.</summary>
    private const double DarkLuminance = 0.12;

    private readonly AreGrid grid;
    private readonly AreColorScale scale;
    private readonly IReadOnlyList<StepContours.Chain>[] contours;
    private readonly IAxes axes;
    private readonly Dictionary<((int, int), (int, int)), List<int>> crossings;

    public AreContourLines(AreGrid grid, AreColorScale scale, IReadOnlyList<StepContours.Chain>[] contours, IAxes axes)
    {
        this.grid = grid;
        this.scale = scale;
        this.contours = contours;
        this.axes = axes;
        crossings = Crossings(contours);
    }

    /// <summary>Each level's chains as pixel lines.</summary>
    public List<List<Pixel[]>> Lines() =>
        [.. contours.Select((chains, level) => chains.Select(chain => OffsetLine(chain, level)).ToList())];

    /// <summary>The stretches of every line that need a halo.</summary>
    public IEnumerable<(Pixel From, Pixel To)> Halos() =>
        contours.SelectMany((chains, level) => chains.SelectMany(chain => DarkSegments(chain, level)));

    /// <summary>
    /// A chain in pixels. A boundary crossed by one level carries its line; one crossed by several
    /// carries them side by side, <see cref="LevelSpacing"/> apart, the lowest level on the
    /// lower-error side. Corners are mitred; where a line joins or leaves a shared boundary it steps sideways.
    /// </summary>
    private Pixel[] OffsetLine(StepContours.Chain chain, int level)
    {
        var offsets = Offsets(chain, level);
        var pixels = new List<Pixel>();
        var n = chain.Points.Count;
        for (var k = 0; k < n; k++)
        {
            var before = k > 0 ? k - 1 : chain.Closed ? chain.Segments - 1 : -1;
            var after = k < n - 1 ? k : chain.Closed ? 0 : -1;
            var (x, y) = chain.Points[k];
            var at = axes.GetPixel(new Coordinates(x - 0.5, y - 0.5));
            // Plot y points up, pixel y down.
            Pixel Moved(params int[] segments) => new(
                at.X + segments.Sum(s => offsets[s] * chain.HighSide[s].X),
                at.Y - segments.Sum(s => offsets[s] * chain.HighSide[s].Y));
            if (before < 0 || after < 0)
                pixels.Add(Moved(Math.Max(before, after)));
            else if (chain.HighSide[before] != chain.HighSide[after])
                pixels.Add(Moved(before, after)); // perpendicular: the two offset lines meet here
            else if (offsets[before] == offsets[after])
                pixels.Add(Moved(before));
            else
            {
                pixels.Add(Moved(before));
                pixels.Add(Moved(after));
            }
        }
        return [.. pixels];
    }

    /// <summary>Each segment's distance in pixels from its boundary, towards the higher-error side.</summary>
    private float[] Offsets(StepContours.Chain chain, int level) =>
        [.. Enumerable.Range(0, chain.Segments)
            .Select(k =>
            {
                var shared = crossings[Key(chain.Points[k], chain.Points[k + 1])];
                return (shared.IndexOf(level) - (shared.Count - 1) / 2f) * LevelSpacing;
            })];

    /// <summary>
    /// The segments of a chain that lie on a dark cell, where an ink line needs a light halo to be
    /// seen: the cell the line sits on, or, for a line on the boundary itself, the lighter of the two.
    /// </summary>
    private IEnumerable<(Pixel From, Pixel To)> DarkSegments(StepContours.Chain chain, int level)
    {
        var offsets = Offsets(chain, level);
        for (var k = 0; k < chain.Segments; k++)
        {
            var (a, b) = (chain.Points[k], chain.Points[k + 1]);
            var n = chain.HighSide[k];
            // Cell (row, column) has its centre at lattice (column + ½, row + ½).
            (int Row, int Column) CellAt(double side) => (
                (int)Math.Floor((a.Y + b.Y) / 2.0 + side * 0.5 * n.Y),
                (int)Math.Floor((a.X + b.X) / 2.0 + side * 0.5 * n.X));
            var onHigh = offsets[k] > ContourStrokes.Width / 2;
            var (row, column) = CellAt(onHigh ? 1 : -1);
            if (grid[row, column] is not { } are || AreColorScale.Luminance(scale.ColorOf(are)) >= DarkLuminance)
                continue;
            Pixel Moved((int X, int Y) p)
            {
                var at = axes.GetPixel(new Coordinates(p.X - 0.5, p.Y - 0.5));
                return new Pixel(at.X + offsets[k] * n.X, at.Y - offsets[k] * n.Y);
            }
            yield return (Moved(a), Moved(b));
        }
    }

    private static ((int, int), (int, int)) Key((int X, int Y) a, (int X, int Y) b) =>
        a.X < b.X || (a.X == b.X && a.Y < b.Y) ? (a, b) : (b, a);

    /// <summary>For every boundary segment, the levels whose contour runs along it, lowest first.</summary>
    private static Dictionary<((int, int), (int, int)), List<int>> Crossings(IReadOnlyList<StepContours.Chain>[] contours)
    {
        var crossings = new Dictionary<((int, int), (int, int)), List<int>>();
        for (var level = 0; level < contours.Length; level++)
        {
            foreach (var chain in contours[level])
            {
                for (var k = 0; k < chain.Segments; k++)
                {
                    var key = Key(chain.Points[k], chain.Points[k + 1]);
                    if (!crossings.TryGetValue(key, out var list))
                        crossings[key] = list = [];
                    if (!list.Contains(level))
                        list.Add(level);
                }
            }
        }
        return crossings;
    }
}
