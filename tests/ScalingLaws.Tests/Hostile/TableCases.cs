using System.Text;

namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// Malformed tables, each written for every reader of tables (runs for fit, loss curves for curve fit, per-position losses
/// for curve positions) so that the three readers are held to the same rules.
/// </summary>
internal static class TableCases
{
    /// <summary>A reader: the command that reads FILE and a valid header and rows for it.</summary>
    private sealed record Reader(string Name, string[] Command, string[] Header, string[][] Rows);

    private static readonly Reader[] Readers =
    [
        new("runs", ["fit", "{0}"], ["params", "tokens", "loss"], RunRows()),
        new("curve", ["curve", "fit", "{0}", "--law", "power"], ["step", "loss"],
            [.. Enumerable.Range(1, 10).Select(i => new[] { $"{i * 100}", F(2 + 5 * Math.Pow(i * 100, -0.3)) })]),
        new("positions", ["curve", "positions", "{0}"], ["step", "tokens", "pos_1", "pos_2", "pos_3", "pos_4"],
            [.. Enumerable.Range(1, 5).Select(i => new[] { $"{i * 1000}", $"{i * 1000 * 4096}" }
                .Concat(Enumerable.Range(1, 4).Select(p => F(2 + 3 / (1 + 0.2 * p) / Math.Sqrt(i)))).ToArray())]),
    ];

    /// <summary>
    /// What is done to a valid table, and whether the result should still be read; <see cref="Names"/>, when given, is what the
    /// refusal says after the file's name (else the name alone is asserted).
    /// </summary>
    private sealed record Damage(string Name, Func<Reader, byte[]> Content, bool Lenient = false, string Extension = ".csv", Func<Reader, string>? Names = null);

    private static readonly Damage[] Damages =
    [
        new("empty", _ => []),
        new("blank-lines-only", _ => Utf8("\n\n   \n")),
        new("bom-only", _ => [0xEF, 0xBB, 0xBF]),
        new("header-only", r => Utf8(Line(r.Header) + "\n")),
        new("binary", _ => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
        new("nul-in-text", r => [.. Utf8(Line(r.Header) + "\n"), 0, .. Utf8(Line(r.Rows[0]) + "\n")]),
        new("semicolons", r => Utf8(Table(r, ";"))),
        new("tabs-in-csv", r => Utf8(Table(r, "\t"))),
        new("pipes", r => Utf8(Table(r, "|"))),
        new("unclosed-quote", r => Utf8(Table(r) + "\"" + Line(r.Rows[0]) + "\n")),
        new("ragged-row", r => Utf8(Table(r) + Line(r.Rows[0]) + ",9\n")),
        new("nan", r => Utf8(Replace(r, 1, "NaN"))),
        new("infinity", r => Utf8(Replace(r, 1, "Infinity"))),
        new("negative", r => Utf8(Replace(r, 1, "-3.5"))),
        new("zero-loss", r => Utf8(Replace(r, 1, "0"))),
        new("blank-cell", r => Utf8(Replace(r, 1, ""))),
        new("text-cell", r => Utf8(Replace(r, 1, "abc"))),
        new("decimal-comma", r => Utf8(Replace(r, 1, "\"3,5\""))),
        new("overflow", r => Utf8(Replace(r, 1, "1e999"))),
        new("duplicate-column", r => Utf8(Line([.. r.Header, r.Header[^1]]) + "\n" + string.Concat(r.Rows.Select(row => Line([.. row, row[^1]]) + "\n")))),
        new("missing-column", r => Utf8(Line(r.Header[1..]) + "\n" + string.Concat(r.Rows.Select(row => Line(row[1..]) + "\n")))),
        new("misspelt-column", r => Utf8(Line([new string(r.Header[0].Reverse().ToArray()), .. r.Header[1..]]) + "\n" + Rows(r))),
        new("long-cell", r => Utf8(Replace(r, 2, new string('7', 200_000) + "x"))),
        new("extra-columns-header-only", r => Utf8(Line([.. r.Header, .. Enumerable.Range(0, 5000).Select(i => $"extra{i}")]) + "\n" + Rows(r)), Lenient: true),
        new("json-in-csv", _ => Utf8("{\"params\": 1e8, \"tokens\": 2e9, \"loss\": 3.5}\n")),
        new("latin1-header", r => [.. Encoding.Latin1.GetBytes("pr\u00e9cision,"), .. Utf8(Table(r))]),
        new("one-row-of-delimiters", r => Utf8(Line(r.Header) + "\n" + new string(',', r.Header.Length - 1) + "\n")),
        new("unknown-extension", r => Utf8(Table(r)), Extension: ".xlsx"),
        new("no-extension", r => Utf8(Table(r)), Extension: ""),
        new("crlf", r => Utf8(Table(r).Replace("\n", "\r\n")), Lenient: true),
        new("bom", r => [0xEF, 0xBB, 0xBF, .. Utf8(Table(r))], Lenient: true),
        new("blank-lines-between", r => Utf8(Table(r).Replace("\n", "\n\n")), Lenient: true),
        new("no-final-newline", r => Utf8(Table(r).TrimEnd('\n')), Lenient: true),
        new("utf16-with-bom", r => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Table(r))], Lenient: true),
        new("tsv", r => Utf8(Table(r, "\t")), Lenient: true, Extension: ".tsv"),
        new("bom-twice", r => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Utf8(Table(r))], Lenient: true),
        new("cr-only-line-ends", r => Utf8(Table(r).Replace("\n", "\r")), Lenient: true),
        new("utf16-big-endian-with-bom", r => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Table(r))], Lenient: true),
        new("utf32-with-bom", r => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Table(r))], Lenient: true),
        new("utf16-without-bom", r => Encoding.Unicode.GetBytes(Table(r))),
        new("header-only-bom-crlf", r => [0xEF, 0xBB, 0xBF, .. Utf8(Line(r.Header) + "\r\n")]),
        new("negative-zero", r => Utf8(Replace(r, 1, "-0"))),
        new("lowercase-inf", r => Utf8(Replace(r, 1, "inf"))),
        new("minus-inf", r => Utf8(Replace(r, 1, "-inf"))),
        new("infinity-sign", r => Utf8(Replace(r, 1, "\u221e"))),
        new("na", r => Utf8(Replace(r, 1, "NA"))),
        new("python-none", r => Utf8(Replace(r, 1, "None"))),
        new("null-word", r => Utf8(Replace(r, 1, "null"))),
        new("lone-dash", r => Utf8(Replace(r, 1, "-"))),
        new("dangling-exponent", r => Utf8(Replace(r, 1, "3.5e"))),
        new("hex-float", r => Utf8(Replace(r, 1, "0x1p2"))),
        new("fullwidth-digits", r => Utf8(Replace(r, 1, "\uff13.\uff15"))),
        new("percent", r => Utf8(Replace(r, 1, "3.5%"))),
        new("boolean", r => Utf8(Replace(r, 1, "true"))),
        new("fortran-exponent", r => Utf8(Replace(r, 1, "3.5D0"))),
        new("just-past-double", r => Utf8(Replace(r, 1, "1e309"))),
        new("latin1-in-number", r => Encoding.Latin1.GetBytes(Replace(r, 1, "3.5\u00b5"))),
        new("newline-inside-number", r => Utf8(Replace(r, 1, "\"3.\n5\""))),
        new("unquoted-thousands", r => Utf8(Replace(r, 1, "1,000"))),
        new("ten-thousand-fields-in-a-row", r => Utf8(Table(r) + Line(r.Rows[0]) + new string(',', 10_000) + "\n")),
        // A spreadsheet's export: empty trailing columns without a name, and empty rows of delimiters only at the end.
        new("spreadsheet-empty-columns-and-rows", r => Utf8(Line([.. r.Header, "", ""]) + "\n" + string.Concat(r.Rows.Select(row => Line([.. row, "", ""]) + "\n"))
            + string.Concat(Enumerable.Repeat(new string(',', r.Header.Length + 1) + "\n", 3))), Lenient: true),
        new("pandas-index-column", r => Utf8(Line(["", .. r.Header]) + "\n" + string.Concat(r.Rows.Select((row, i) => Line([$"{i}", .. row]) + "\n"))), Lenient: true),
        new("only-rows-of-delimiters", r => Utf8(Line(r.Header) + "\n" + string.Concat(Enumerable.Repeat(new string(',', r.Header.Length - 1) + "\n", 3)))),
        // A file cut off inside its last row, as a writer that crashed leaves it: refused, never read as a blank or shortened number.
        new("cut-after-a-delimiter", r => Utf8(Table(r) + Line(r.Rows[0][..^1]) + ","),
            Names: r => $"row {r.Rows.Length + 1}: the file does not end with a line break and its last row ends in a blank '{r.Header[^1]}': the file may be cut short"),
        new("cut-inside-a-row", r => Utf8(Table(r) + Line(r.Rows[0][..^1])),
            Names: r => $"row {r.Rows.Length + 1}: the file does not end with a line break and its last row has {r.Header.Length - 1} of {r.Header.Length} fields"),
        new("cut-after-a-decimal-point", r => Utf8(Table(r) + Line([.. r.Rows[0][..^1], "2."])),
            Names: r => $"row {r.Rows.Length + 1}: the file does not end with a line break and its last row ends in '{r.Header[^1]}' '2.', which looks cut inside the number"),
        new("cut-to-one-digit", r => Utf8(Table(r) + Line([.. r.Rows[0][..^1], r.Rows[0][^1][..1]])),
            Names: r => $"row {r.Rows.Length + 1}: the file does not end with a line break and its last row ends in '{r.Header[^1]}' '{r.Rows[0][^1][..1]}', which looks cut"),
        new("cut-inside-an-exponent", r => Utf8(Table(r) + Line([.. r.Rows[0][..^1], "2.5e-"])),
            Names: r => $"row {r.Rows.Length + 1}: the file does not end with a line break"),
        new("cut-tsv-after-a-tab", r => Utf8(Table(r, "\t") + Line(r.Rows[0][..^1], "\t") + "\t"), Extension: ".tsv",
            Names: r => $"row {r.Rows.Length + 1}: the file does not end with a line break and its last row ends in a blank '{r.Header[^1]}'"),
        new("blank-last-cell-then-a-line-break", r => Utf8(Table(r) + Line(r.Rows[0][..^1]) + ",\n"), Names: r => $"row {r.Rows.Length + 1}, column '{r.Header[^1]}'"),
    ];

    public static IEnumerable<HostileCase> Write(string folder)
    {
        foreach (var reader in Readers)
        {
            foreach (var damage in Damages)
            {
                var path = Path.Combine(folder, $"{reader.Name}-{damage.Name}{damage.Extension}");
                File.WriteAllBytes(path, damage.Content(reader));
                var args = reader.Command.Select(a => a == "{0}" ? path : a).ToArray();
                yield return damage.Lenient
                    ? HostileCase.Lenient($"{reader.Name} {damage.Name}", args)
                    : HostileCase.Refused($"{reader.Name} {damage.Name}", damage.Names is { } names ? $"{path}, {names(reader)}" : path, args);
            }
        }
    }

    private static string[][] RunRows() =>
        [.. from n in new[] { 1e8, 2e8, 4e8, 8e8 } from d in new[] { 2e9, 8e9 }
            select new[] { n.ToString("R"), d.ToString("R"), F(1.69 + 406.4 / Math.Pow(n, 0.34) + 410.7 / Math.Pow(d, 0.28)) }];

    private static string F(double value) => value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Line(string[] cells, string delimiter = ",") => string.Join(delimiter, cells);

    private static string Rows(Reader r, string delimiter = ",") => string.Concat(r.Rows.Select(row => Line(row, delimiter) + "\n"));

    private static string Table(Reader r, string delimiter = ",") => Line(r.Header, delimiter) + "\n" + Rows(r, delimiter);

    // The table with the last cell of row <paramref name="row"/> (1-based) replaced.
    private static string Replace(Reader r, int row, string cell) =>
        Line(r.Header) + "\n" + string.Concat(r.Rows.Select((cells, i) => Line(i == row - 1 ? [.. cells[..^1], cell] : cells) + "\n"));
}
