using System.Globalization;
using System.Text;

namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// A user's own table of runs for <c>fit</c>: too few runs or one size only (ill-determined: refused, not fitted), sizes with
/// units people write (read) or that mean nothing (refused), sizes below one (billions without the unit), a column given
/// twice, values past a double; and the shapes
/// that are read as meant: checkpoints out of order, one run label for all rows, two families (fitted with a warning),
/// quoted notes with line breaks, very wide and very long rows, Latin-1 text outside the numbers.
/// </summary>
internal static class RunTableCases
{
    private static readonly (double N, double D)[] Grid = [.. from n in new[] { 1e8, 2e8, 4e8, 8e8 } from d in new[] { 2e9, 8e9 } select (n, d)];

    private static readonly (string Name, string Content, string Names)[] Refused =
    [
        ("single-run", "params,tokens,loss\n1e8,2e9,3.5\n", "1 row cannot determine 5 free parameters"),
        ("two-runs", "params,tokens,loss\n1e8,2e9,3.5\n2e8,2e9,3.3\n", "2 rows cannot determine 5 free parameters"),
        ("one-size", Table(Grid.Select(g => (1e8, g.D)).Concat([(1e8, 3e10)])), "every row has the same params"),
        ("one-token-count", Table(Grid.Select(g => (g.N, 2e9)).Concat([(1.6e9, 2e9)])), "every row has the same tokens"),
        ("one-row-ten-times", "params,tokens,loss\n" + string.Concat(Enumerable.Repeat("1e8,2e9,3.5\n", 10)), "every row has the same params"),
        ("double-suffix", Sizes(n => $"{n / 1e6:G}MM"), "is not a number"),
        ("unknown-suffix", Sizes(n => $"{n / 1e15:G}Q"), "is not a number"),
        ("hex-size", Sizes(n => "0x" + ((long)n).ToString("X", CultureInfo.InvariantCulture)), "is not a number"),
        ("underscore-groups", Sizes(n => ((long)n).ToString("N0", CultureInfo.InvariantCulture).Replace(',', '_')), "is not a number"),
        ("space-groups", Sizes(n => ((long)n).ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ')), "is not a number"),
        ("size-in-words", Sizes(n => $"{n / 1e6:G} million"), "'100 million' is not a number"),
        ("size-with-noun", Sizes(n => $"{n / 1e6:G}M params"), "'100M params' is not a number"),
        ("indian-grouping", Sizes(n => "\"1,00,00,000\""), "'1,00,00,000' is not a number"),
        ("negative-suffixed-size", Sizes(n => n == 1e8 ? "-100M" : $"{n:R}"), "must be positive"),
        ("negative-zero-size", Sizes(n => n == 1e8 ? "-0" : $"{n:R}"), "must be positive"),
        ("size-past-double", Sizes(n => n == 1e8 ? "1e309" : $"{n:R}"), "not finite"),
        ("sizes-in-billions-without-unit", Sizes(n => $"{n / 1e9:G}"), "row 1, column 'params': params is '0.1', less than one"),
        ("denormal-size", Sizes(n => n == 1e8 ? "1e-320" : $"{n:R}"), "less than one, which no count is"),
        ("half-a-token", "params,tokens,loss\n" + string.Concat(Grid.Select(g => $"{g.N:R},{(g.D == 2e9 ? "0.5" : g.D.ToString("R"))},{Loss(g.N, g.D):R}\n")), "column 'tokens': tokens is '0.5'"),
        ("size-nan", Sizes(n => n == 1e8 ? "NaN" : $"{n:R}"), "not finite"),
        ("size-infinity-sign", Sizes(n => n == 1e8 ? "\u221e" : $"{n:R}"), "is not a number"),
        ("loss-column-twice-differing", "params,tokens,loss,loss\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},{Loss(g.N, g.D):R},{2 * Loss(g.N, g.D):R}\n")), "duplicated column"),
    ];

    private static readonly (string Name, string Content)[] Read =
    [
        ("suffixes-upper", Sizes(n => $"{n / 1e6:G}M")),
        ("suffixes-lower", Sizes(n => $"{n / 1e6:G}m")),
        ("suffix-g", Sizes(n => $"{n / 1e9:G}G")),
        ("suffix-t", Sizes(n => $"{n / 1e12:G}T")),
        ("suffix-k", Sizes(n => $"{n / 1e3:G}K")),
        ("plus-sign", Sizes(n => $"+{n:R}")),
        ("loss-quoted-with-spaces", "params,tokens,loss\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},\" {Loss(g.N, g.D):R} \"\n"))),
        ("notes-with-line-breaks-crlf", "\"params\",\"tokens\",\"loss\",\"note\"\r\n" + string.Concat(Grid.Select(g => $"\"{g.N:R}\",\"{g.D:R}\",\"{Loss(g.N, g.D):R}\",\"first\r\nsecond, with \"\"quotes\"\"\"\r\n"))),
        ("ten-thousand-columns", "params,tokens,loss," + string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"c{i}")) + "\n"
            + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},{Loss(g.N, g.D):R}," + string.Join(',', Enumerable.Repeat("1", 10_000)) + "\n"))),
        ("long-note", "params,tokens,loss,note\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},{Loss(g.N, g.D):R},{new string('x', 100_000)}\n"))),
        ("checkpoints-in-falling-order", "model,params,tokens,loss\n" + string.Concat(Grid.OrderByDescending(g => g.D).Select(g => $"m{g.N:R},{g.N:R},{g.D:R},{Loss(g.N, g.D):R}\n"))),
        ("one-label-for-every-row", "model,params,tokens,loss\n" + string.Concat(Grid.Select(g => $"m,{g.N:R},{g.D:R},{Loss(g.N, g.D):R}\n"))),
        ("one-row-per-run", "model,params,tokens,loss\n" + string.Concat(Grid.Select((g, i) => $"run{i},{g.N:R},{g.D:R},{Loss(g.N, g.D):R}\n"))),
        ("two-families-pooled", "model,family,params,tokens,loss\n" + string.Concat(Grid.Select((g, i) => $"a{i},gpt2-tokenizer,{g.N:R},{g.D:R},{Loss(g.N, g.D):R}\n"))
            + string.Concat(Grid.Select((g, i) => $"b{i},llama-tokenizer,{g.N:R},{g.D:R},{0.8 * Loss(g.N, g.D):R}\n"))),
    ];

    public static IEnumerable<HostileCase> Write(string folder)
    {
        foreach (var (name, content, names) in Refused)
            yield return HostileCase.Refused($"runs {name}", names, "fit", Save(folder, name + ".csv", Encoding.UTF8.GetBytes(content)));
        foreach (var (name, content) in Read)
            yield return HostileCase.Lenient($"runs {name}", "fit", Save(folder, name + ".csv", Encoding.UTF8.GetBytes(content)));
        var latin1 = "params,tokens,loss,note\n" + string.Concat(Grid.Select(g => $"{g.N:R},{g.D:R},{Loss(g.N, g.D):R},caf\u00e9\n"));
        yield return HostileCase.Lenient("runs latin-1 note", "fit", Save(folder, "latin1-note.csv", Encoding.Latin1.GetBytes(latin1)));
        yield return HostileCase.Lenient("runs plain text named .gz", "fit", Save(folder, "plain.csv.gz", Encoding.UTF8.GetBytes(Sizes(n => $"{n:R}"))));
    }

    private static string Save(string folder, string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static double Loss(double n, double d) => Math.Round(1.69 + 406.4 / Math.Pow(n, 0.34) + 410.7 / Math.Pow(d, 0.28), 5);

    // The grid with each size written by <paramref name="size"/> and tokens in exponent form.
    private static string Sizes(Func<double, string> size) =>
        "params,tokens,loss\n" + string.Concat(Grid.Select(g => $"{size(g.N)},{g.D:R},{Loss(g.N, g.D):R}\n"));

    private static string Table(IEnumerable<(double N, double D)> rows) =>
        "params,tokens,loss\n" + string.Concat(rows.Select(g => $"{g.N:R},{g.D:R},{Loss(g.N, g.D):R}\n"));
}
