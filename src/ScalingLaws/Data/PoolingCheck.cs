using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace ScalingLaws.Data;

/// <summary>
/// Says when fitting a whole table as one law would mix families or configurations. Several families always count.
/// Another column counts as a configuration when it splits the rows into a few groups of several rows each, does not
/// merely bin N, D, C or the loss (an IsoFLOP budget label, a size label), and the groups' separate fits of ln L leave
/// residuals at least <see cref="VisibleRatio"/> times smaller than one pooled fit, a difference an F-test puts beyond
/// chance (seeds or repeats do not). A column whose groups share runs of the same N and D is never a binning of the
/// loss, however far apart their losses lie: a vocabulary or tokenizer that shifts every loss is the plainest configuration.
/// </summary>
public static class PoolingCheck
{
    /// <summary>Pooled residuals this many times the separate fits' (both per degree of freedom) count as visibly different.</summary>
    public const double VisibleRatio = 1.5;

    /// <summary>Groups beyond this many are not checked.</summary>
    public const int MaxGroups = 24;
    /// <summary>Groups with fewer rows are not checked: each group's surface needs a few rows beyond its six terms.</summary>
    public const int MinRowsPerGroup = 8;

    /// <summary>
    /// The chance that seeds alone make the separate fits this much better (the F-test's p-value) must be below this: with
    /// groups of 8 rows the ratio alone passes <see cref="VisibleRatio"/> by chance about one time in seven.
    /// </summary>
    public const double ChanceLimit = 0.001;

    /// <param name="lossByFamily">What each family's loss measures, when metadata says it (a dataset's catalog entry).</param>
    /// <returns>Null when the rows are one family and one configuration.</returns>
    public static PoolingDiagnostic? Inspect(ObservationTable table, IReadOnlyDictionary<string, string>? lossByFamily = null)
    {
        var families = table.Rows.Where(r => r.Family is not null).GroupBy(r => r.Family!).ToList();
        if (families.Count > 1)
        {
            var groups = families.Select(g => new PooledGroup(g.Key, g.Count(), lossByFamily?.GetValueOrDefault(g.Key))).ToList();
            var kind = groups.Select(g => g.Loss).OfType<string>().Distinct().Count() > 1 ? PoolingKind.DifferentLosses : PoolingKind.Families;
            return new PoolingDiagnostic(kind, ["family"], groups, [.. groups.Select(g => (IReadOnlyList<string>)[g.Name])]);
        }
        return Configurations(table);
    }

    private static PoolingDiagnostic? Configurations(ObservationTable table)
    {
        var candidates = table.Extra.Keys.Order(StringComparer.Ordinal)
            .Where(c => Splits(table, Keys(table, [c])))
            .ToList();
        if (candidates.Count == 0)
            return null;
        var keys = Keys(table, candidates);
        if (!Splits(table, keys))
            return null;
        var naming = Naming(table, candidates, keys.Distinct().Count());
        var named = Keys(table, naming);
        var (ratio, chance) = Compare(table, named);
        if (!(ratio >= VisibleRatio && chance < ChanceLimit))
            return null;
        var groups = Enumerable.Range(0, table.Count).GroupBy(i => named[i]).ToList();
        return new PoolingDiagnostic(PoolingKind.Configurations, naming,
            [.. groups.Select(g => new PooledGroup(g.Key, g.Count()))],
            [.. groups.Select(g => (IReadOnlyList<string>)[.. naming.Select(c => table.Extra[c][g.First()].Trim())])],
            ratio);
    }

    // A column (or columns) that forms a few groups of several rows each, and is not a binning of a field.
    private static bool Splits(ObservationTable table, string[] keys)
    {
        var groups = Enumerable.Range(0, table.Count).GroupBy(i => keys[i]).ToList();
        return groups.Count is > 1 and <= MaxGroups
            && groups.All(g => g.Count() >= MinRowsPerGroup)
            && !new[] { Field.Params, Field.Tokens, Field.Flops }.Any(f => Bins(table, groups, f))
            && !(Bins(table, groups, Field.Loss) && !ShareInputs(table, groups));
    }

    // Some N and D occur in two groups: the groups ran the same models, so a gap between their losses is their setting's.
    private static bool ShareInputs(ObservationTable table, IEnumerable<IGrouping<string, int>> groups)
    {
        var seen = new Dictionary<(double, double), string>();
        foreach (var group in groups)
        {
            foreach (var i in group)
            {
                if (seen.TryGetValue((table[i].Params, table[i].Tokens), out var other) && other != group.Key)
                    return true;
                seen[(table[i].Params, table[i].Tokens)] = group.Key;
            }
        }
        return false;
    }

    // The groups' ranges of the field do not overlap: the column labels values of the field (budgets, sizes), not a setting.
    private static bool Bins(ObservationTable table, IEnumerable<IGrouping<string, int>> groups, Field field)
    {
        var ranges = groups.Select(g => (Min: g.Min(i => ObservationTable.Value(table[i], field)), Max: g.Max(i => ObservationTable.Value(table[i], field))))
            .OrderBy(r => r.Min).ToList();
        return ranges.Zip(ranges.Skip(1)).All(p => p.First.Max < p.Second.Min);
    }

    // The fewest columns, most values first, that tell the same groups apart as all of them (e.g. source and config_index).
    private static string[] Naming(ObservationTable table, List<string> candidates, int groups)
    {
        var ordered = candidates.OrderByDescending(c => table.Extra[c].Distinct().Count()).ThenBy(c => c, StringComparer.Ordinal).ToList();
        var chosen = new List<string>();
        foreach (var column in ordered)
        {
            if (Keys(table, [.. chosen]).Distinct().Count() == groups)
                break;
            if (Keys(table, [.. chosen, column]).Distinct().Count() > Keys(table, [.. chosen]).Distinct().Count())
                chosen.Add(column);
        }
        return [.. chosen.OrderBy(c => table.Extra[c].Distinct().Count()).ThenBy(c => c, StringComparer.Ordinal)];
    }

    private static string[] Keys(ObservationTable table, IReadOnlyList<string> columns) =>
        [.. Enumerable.Range(0, table.Count).Select(i => string.Join("/", columns.Select(c => table.Extra[c][i].Trim())))];

    // RMS residual per degree of freedom of one quadratic surface of ln L in (ln N, ln D) over all rows, divided by that of
    // one surface per group (a smooth stand-in for the law, cheap enough to run before every fit), and the F-test's chance
    // of a pooled fit this much worse when one surface holds for every group.
    private static (double Ratio, double Chance) Compare(ObservationTable table, string[] keys)
    {
        var usable = Enumerable.Range(0, table.Count).Where(i => Finite(table[i])).ToArray();
        var groups = usable.GroupBy(i => keys[i]).Select(g => g.ToArray()).ToList();
        var pooled = Surface.SumOfSquares(table, usable);
        var separate = groups.Sum(g => Surface.SumOfSquares(table, g));
        var pooledFreedom = usable.Length - Surface.Terms;
        var separateFreedom = usable.Length - Surface.Terms * groups.Count;
        if (separateFreedom <= 0)
            return (double.NaN, 1);
        var extraFreedom = Surface.Terms * (groups.Count - 1);
        var f = (pooled - separate) / extraFreedom / (separate / separateFreedom);
        var chance = double.IsNaN(f) ? 1 : double.IsPositiveInfinity(f) ? 0 : 1 - FisherSnedecor.CDF(extraFreedom, separateFreedom, Math.Max(f, 0));
        return (Math.Sqrt(pooled / pooledFreedom / (separate / separateFreedom)), chance);
    }

    private static bool Finite(Observation row) =>
        row.Params > 0 && row.Tokens > 0 && row.Loss > 0 && double.IsFinite(row.Params * row.Tokens * row.Loss);

    private static class Surface
    {
        public const int Terms = 6;

        // Least squares of ln L on 1, x, y, x², y², xy with x, y the standardised ln N, ln D; a tiny ridge keeps a
        // degenerate group (one size) solvable.
        public static double SumOfSquares(ObservationTable table, int[] rows)
        {
            var x = Standardised(rows.Select(i => Math.Log(table[i].Params)).ToArray());
            var y = Standardised(rows.Select(i => Math.Log(table[i].Tokens)).ToArray());
            var design = Matrix<double>.Build.Dense(rows.Length, Terms, (r, c) => c switch
            {
                0 => 1,
                1 => x[r],
                2 => y[r],
                3 => x[r] * x[r],
                4 => y[r] * y[r],
                _ => x[r] * y[r],
            });
            var target = Vector<double>.Build.Dense(rows.Length, r => Math.Log(table[rows[r]].Loss));
            var normal = design.TransposeThisAndMultiply(design) + Matrix<double>.Build.DenseIdentity(Terms) * 1e-9 * rows.Length;
            var coefficients = normal.Cholesky().Solve(design.TransposeThisAndMultiply(target));
            var residual = design * coefficients - target;
            return residual.DotProduct(residual);
        }

        private static double[] Standardised(double[] values)
        {
            var mean = values.Average();
            var spread = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
            return [.. values.Select(v => spread > 0 ? (v - mean) / spread : 0)];
        }
    }
}
