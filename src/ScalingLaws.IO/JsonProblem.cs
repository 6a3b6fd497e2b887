using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ScalingLaws.IO;

/// <summary>What a JSON parser's complaint means in a reader's words, without .NET type names or buffer terms.</summary>
public static partial class JsonProblem
{
    /// <summary>The parser's complaint as a short phrase for an error line, e.g. "the field 'law' is missing".</summary>
    public static string Describe(JsonException e)
    {
        if (MissingField().Match(e.Message) is { Success: true } missing)
            return $"the field '{missing.Groups[1].Value}' is missing";
        if (e.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) && e.Path is { Length: > 1 } duplicate)
            return $"'{Field(duplicate)}' is given twice";
        if (e.Message.Contains("could not be converted", StringComparison.Ordinal) && e.Path is { Length: > 1 } typed)
            return $"'{Field(typed)}' has the wrong kind of value{Line(e)}";
        if (TooDeep(e))
            return $"valid JSON perhaps, but nested deeper than {MaxDepth} levels{Line(e)}, which no file of this tool is";
        return e.BytePositionInLine is { } position ? $"not valid JSON{Line(e)}, character {position + 1}" : "not valid JSON";
    }

    /// <summary>Whether the parser stopped at its depth limit: 10,000 nested brackets were "not valid JSON at character 74".</summary>
    public static bool TooDeep(JsonException e) => e.Message.Contains("maximum configured depth", StringComparison.Ordinal);

    /// <summary>System.Text.Json's default depth limit.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// <see cref="Describe(JsonException)"/> of <paramref name="text"/>, or, when it is only cut short, where it stops
    /// (<see cref="CutShort"/>), or, for a value of the wrong kind, what the value is and what belongs there.
    /// </summary>
    public static string Describe(JsonException e, string text) =>
        CutShort(e, text) is { } end ? $"{end}: the file looks cut short" : WrongKind(e, text) ?? Describe(e);

    /// <summary>
    /// For a value the parser could not convert, what it is and what belongs there, e.g. "'params.E' is the text "NaN" at line 4,
    /// where a number belongs; write a number there", or, for the whole document, "the file holds a JSON array, where one
    /// JSON object belongs"; null for any other complaint, or when the value cannot be found.
    /// </summary>
    private static string? WrongKind(JsonException e, string text)
    {
        if (!e.Message.Contains("could not be converted", StringComparison.Ordinal) || e.Path is not { } path || Find(text, path) is not { } value)
            return null;
        if (path == "$")
            return $"the file holds {Kind(value)}, where one JSON object belongs";
        var what = $"'{Field(path)}' is {Kind(value)}{Line(e)}";
        return ConvertedTo().Match(e.Message) is { Success: true } type && Expected(type.Groups[1].Value) is { } expected
            ? $"{what}, where {expected} belongs; write {expected} there"
            : $"{what}, which is not the kind of value it takes";
    }

    // The element at a parser's path ("$", "$.params.E", "$.samples[0][2]", "$['odd name']") in text, or null.
    private static JsonElement? Find(string text, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var element = document.RootElement;
            foreach (Match step in PathStep().Matches(path[1..]))
            {
                if (Child(element, step) is not { } child)
                    return null;
                element = child;
            }
            return element.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? Child(JsonElement element, Match step)
    {
        if (step.Groups[3].Success)
        {
            var index = int.Parse(step.Groups[3].Value, CultureInfo.InvariantCulture);
            return element.ValueKind == JsonValueKind.Array && index < element.GetArrayLength() ? element[index] : null;
        }
        var name = step.Groups[1].Success ? step.Groups[1].Value : step.Groups[2].Value;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) ? child : null;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "a JSON array",
        JsonValueKind.Object => "a JSON object",
        JsonValueKind.String => $"the text \"{Shorten(value.GetString()!)}\"",
        JsonValueKind.Number => $"the number {Shorten(value.GetRawText())}",
        JsonValueKind.Null => "null",
        _ => value.GetRawText(),
    };

    // The .NET type the parser wanted, in a reader's words; null for a record, which the parser also names when a field of
    // it that takes text was given something else.
    private static string? Expected(string type) => type switch
    {
        _ when type.Contains("Dictionary", StringComparison.Ordinal) => "an object",
        _ when type.Contains("[]", StringComparison.Ordinal) || type.Contains("List", StringComparison.Ordinal) || type.Contains("Array", StringComparison.Ordinal) => "a list",
        "System.Double" or "System.Single" or "System.Decimal" => "a number",
        "System.Int32" or "System.Int64" => "a whole number",
        "System.String" => "text in quotes",
        "System.Boolean" => "true or false",
        _ => null,
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>
    /// Where <paramref name="text"/> ends, e.g. "its JSON stops at line 38, character 12, after 1113 bytes, with an object or list still open", when
    /// the parser's complaint <paramref name="e"/> is only that: every byte read is valid JSON and an object or list is
    /// still open, as in the first part of a file a copy or a save cut short. Null for any other complaint.
    /// </summary>
    public static string? CutShort(JsonException e, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        // Read as the first block of a longer stream: a prefix of valid JSON reads to its end without complaint.
        var reader = new Utf8JsonReader(bytes, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException)
        {
            return null;
        }
        return reader.CurrentDepth > 0 || reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.PropertyName
            ? $"its JSON stops{Line(e)}{(e.BytePositionInLine is { } position ? $", character {position + 1}" : "")}, after {QuantityFormat.Counted(bytes.Length, "byte")}, with an object or list still open"
            : null;
    }

    private static string Line(JsonException e) => e.LineNumber is { } line ? $" at line {line + 1}" : "";

    // "$.params.E" → "params.E"
    private static string Field(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    [GeneratedRegex(@"converted to ([^.\s]+(?:\.[^.\s]+)*?)\. Path")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"\.([^.\[]+)|\['([^']*)'\]|\[(\d+)\]")]
    private static partial Regex PathStep();

    [GeneratedRegex("missing required properties including: '([^']*)'")]
    private static partial Regex MissingField();
}
