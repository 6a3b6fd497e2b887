using System.Text.Json;

namespace ScalingLaws.IO;

/// <summary>Reads JSON Lines: one object per line, its keys the column names. Blank lines are skipped.</summary>
internal static partial class JsonLinesFile
{
    public static RawTable Read(string content, string path)
    {
        var headers = new List<string>();
        var objects = new List<(int Line, Dictionary<string, string?> Cells)>();
        var lines = content.Split('\n');
        var line = 0;
        foreach (var text in lines)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            var cells = ParseObject(text, line, path, unterminated: line == lines.Length);
            headers.AddRange(cells.Keys.Where(k => !headers.Contains(k)));
            objects.Add((line, cells));
        }
        CheckOneNamePerField(headers, objects, path);
        // Keys first seen on a later line are still columns; earlier lines lack them.
        return new RawTable(headers, [.. objects.Select(o => new RawRow(o.Line, [.. headers.Select(o.Cells.GetValueOrDefault)]))]);
    }

    // Lines that name one field by two of its names (N on some lines, params on the others) would read as a blank cell on
    // every line of the other name, and the message would name the wrong cause.
    private static void CheckOneNamePerField(List<string> headers, List<(int Line, Dictionary<string, string?> Cells)> objects, string path)
    {
        foreach (var field in Enum.GetValues<Field>())
        {
            var names = headers.Where(k => FieldNames.IsAlias(field, k)).ToList();
            if (names.Count < 2 || objects.Any(o => names.Count(o.Cells.ContainsKey) > 1))
                continue;
            var named = objects.Select(o => (o.Line, Name: o.Cells.Keys.FirstOrDefault(names.Contains))).Where(o => o.Name is not null).ToList();
            var other = named.First(o => o.Name != named[0].Name);
            throw new DataFileException(path, $"line {other.Line} names the {FieldNames.Name(field)} key '{other.Name}' where line {named[0].Line} names it '{named[0].Name}'",
                "give it one name on every line", other.Line, other.Name);
        }
    }

    // An unterminated line is the last, with no line break after it.
    private static Dictionary<string, string?> ParseObject(string text, int line, string path, bool unterminated)
    {
        using var document = Parse(text, line, path, unterminated);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new DataFileException(path, $"line {line} is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object",
                "write one object per line, like {\"params\": 7e7, \"tokens\": 1.4e9, \"loss\": 3.2}", line);
        var cells = new Dictionary<string, string?>();
        foreach (var property in root.EnumerateObject())
        {
            if (!cells.TryAdd(property.Name, CellText(property.Value)))
                throw new DataFileException(path, "duplicated key", "keep one value per key", line, property.Name);
        }
        return cells;
    }

    // A last line that is not JSON and has no line break after it is most likely a file cut short, and is named so.
    private static JsonDocument Parse(string text, int line, string path, bool unterminated)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            var at = e.BytePositionInLine is { } position ? $" at character {position + 1}" : "";
            if (NotJsonNumber().Match(text) is { Success: true } word)
                throw new DataFileException(path, $"line {line} has {word.Groups[1].Value}, which JSON has no value for (Python's json.dumps writes it for a float that is not finite)",
                    "remove the row, or write null where the value may be left out", line);
            if (JsonProblem.TooDeep(e))
                throw new DataFileException(path, $"line {line} nests values deeper than {JsonProblem.MaxDepth} levels, which no row of a table does", "write one flat JSON object per line", line);
            if (text.Trim() is "{" or "[")
                throw new DataFileException(path, $"line {line} is a lone '{text.Trim()}': the file holds JSON written over several lines (pretty-printed), not one object per line",
                    "write one object per line (json.dumps without indent, or jq -c)", line);
            throw unterminated
                ? new DataFileException(path, $"the last line, {line}, is not valid JSON{at} and the file does not end with a line break: the file may be cut short (a writer that stopped)",
                    "write the file again whole, or remove the broken line", line)
                : new DataFileException(path, $"line {line} is not valid JSON{at}", "write one JSON object per line", line);
        }
    }

    // Numbers keep their exact digits; booleans and nested values stay as JSON text.
    private static string? CellText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => value.GetRawText(),
    };

    // A value NaN, Infinity or -Infinity, outside a string: what Python's json module writes for non-finite floats.
    [System.Text.RegularExpressions.GeneratedRegex(@"[:\[,]\s*(-?Infinity|NaN)\s*[,}\]]")]
    private static partial System.Text.RegularExpressions.Regex NotJsonNumber();
}
