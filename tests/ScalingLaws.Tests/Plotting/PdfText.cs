using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ScalingLaws.Tests.Plotting;

/// <summary>
/// Just enough PDF reading to check a figure's text is text: inflates the page streams, reads each font's ToUnicode
/// map (glyph id → character), and decodes the glyph strings shown with Tj through it. Skia writes one Tj per label.
/// </summary>
internal static partial class PdfText
{
    public static IReadOnlyList<string> Streams(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var streams = new List<string>();
        foreach (Match m in StreamStart().Matches(text))
        {
            var start = m.Index + m.Length;
            var end = text.IndexOf("endstream", start, StringComparison.Ordinal);
            var body = pdf.AsSpan(start, end - start).ToArray();
            streams.Add(Encoding.Latin1.GetString(Inflate(body) ?? body));
        }
        return streams;
    }

    /// <summary>Every string shown with Tj, decoded with each font's ToUnicode map; a string is kept under the map that decodes all its glyphs.</summary>
    public static IReadOnlyList<string> Shown(byte[] pdf)
    {
        var streams = Streams(pdf);
        var maps = streams.Where(s => s.Contains("begincmap", StringComparison.Ordinal)).Select(CharacterMap).ToList();
        var shown = new List<string>();
        foreach (var content in streams)
        {
            foreach (Match m in ShowText().Matches(content))
            {
                var hex = m.Groups["hex"].Value;
                var glyphs = Enumerable.Range(0, hex.Length / 4).Select(i => Convert.ToInt32(hex.Substring(4 * i, 4), 16)).ToArray();
                foreach (var map in maps.Where(map => glyphs.All(map.ContainsKey)))
                    shown.Add(string.Concat(glyphs.Select(g => map[g])));
            }
        }
        return shown;
    }

    private static Dictionary<int, string> CharacterMap(string cmap)
    {
        var map = new Dictionary<int, string>();
        foreach (Match m in BfChar().Matches(cmap))
            map[Convert.ToInt32(m.Groups["glyph"].Value, 16)] = Encoding.BigEndianUnicode.GetString(Convert.FromHexString(m.Groups["unicode"].Value));
        foreach (Match m in BfRange().Matches(cmap))
        {
            var (first, last, unicode) = (Convert.ToInt32(m.Groups["first"].Value, 16), Convert.ToInt32(m.Groups["last"].Value, 16), Convert.ToInt32(m.Groups["unicode"].Value, 16));
            for (var glyph = first; glyph <= last; glyph++)
                map[glyph] = ((char)(unicode + glyph - first)).ToString();
        }
        return map;
    }

    // Skia compresses its streams with Flate; the few it does not are returned as they are.
    private static byte[]? Inflate(byte[] body)
    {
        try
        {
            using var input = new ZLibStream(new MemoryStream(body), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    [GeneratedRegex(@">>\s*stream\r?\n")]
    private static partial Regex StreamStart();

    [GeneratedRegex(@"<(?<hex>[0-9A-Fa-f]+)>\s*Tj")]
    private static partial Regex ShowText();

    [GeneratedRegex(@"^<(?<glyph>[0-9A-Fa-f]{4})>\s*<(?<unicode>[0-9A-Fa-f]{4,8})>\s*$", RegexOptions.Multiline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"^<(?<first>[0-9A-Fa-f]{4})>\s*<(?<last>[0-9A-Fa-f]{4})>\s*<(?<unicode>[0-9A-Fa-f]{4})>\s*$", RegexOptions.Multiline)]
    private static partial Regex BfRange();
}
