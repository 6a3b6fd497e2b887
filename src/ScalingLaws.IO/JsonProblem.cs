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
        return e.BytePositionInLine is { } position ? $"not valid JSON{Line(e)}, character {position + 1}" : "not valid JSON";
    }

    /// <summary><see cref="Describe(JsonException)"/> of <paramref name="text"/>, or, when it is only cut short, where it stops (<see cref="CutShort"/>).</summary>
    public static string Describe(JsonException e, string text) =>
        CutShort(e, text) is { } end ? $"{end}: the file looks cut short" : Describe(e);

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
            ? $"its JSON stops{Line(e)}{(e.BytePositionInLine is { } position ? $", character {position + 1}" : "")}, after {bytes.Length} byte{(bytes.Length == 1 ? "" : "s")}, with an object or list still open"
            : null;
    }

    private static string Line(JsonException e) => e.LineNumber is { } line ? $" at line {line + 1}" : "";

    // "$.params.E" → "params.E"
    private static string Field(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    [GeneratedRegex("missing required properties including: '([^']*)'")]
    private static partial Regex MissingField();
}
