using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ScalingLaws.IO;

namespace ScalingLaws.Tests.IO;

/// <summary>A parser's complaint in a reader's words; a document cut short told from one that is wrong.</summary>
public sealed class JsonProblemTests
{
    private const string Whole = "{\n  \"law\": \"chinchilla\",\n  \"params\": {\"E\": 1.69, \"A\": 406.4}\n}\n";

    // The parameters of a law file as the readers type them, read by reflection here (the readers' contexts are generated).
    private static readonly JsonSerializerOptions Reflection = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static JsonException Complaint(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            return e;
        }
        throw new InvalidOperationException($"'{text}' parsed");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(30)]
    [InlineData(45)]
    [InlineData(55)]
    public void Every_prefix_of_a_document_is_cut_short(int length)
    {
        var text = Whole[..length];

        var end = JsonProblem.CutShort(Complaint(text), text);

        Assert.NotNull(end);
        Assert.Contains($"after {length} byte{(length == 1 ? "" : "s")}, with an object or list still open", end);
    }

    [Fact]
    public void Where_it_stops_is_the_parser_s_line_and_character()
    {
        var text = Whole[..30]; // "{\n  \"law\": \"chinchilla\",\n  \"pa": line 3 holds 5 characters, and the parser stops past them

        Assert.Equal("its JSON stops at line 3, character 6, after 30 bytes, with an object or list still open", JsonProblem.CutShort(Complaint(text), text));
        Assert.Equal("its JSON stops at line 3, character 6, after 30 bytes, with an object or list still open: the file looks cut short", JsonProblem.Describe(Complaint(text), text));
    }

    [Theory]
    [InlineData("{\"law\": chinchilla}")]
    [InlineData("// note\n{}")]
    [InlineData("{} {}")]
    [InlineData("{\"a\": 1,}")]
    [InlineData("{\"a\": 0x10")]
    public void Wrong_json_is_not_cut_short(string text)
    {
        Assert.Null(JsonProblem.CutShort(Complaint(text), text));
        Assert.StartsWith("not valid JSON", JsonProblem.Describe(Complaint(text), text));
    }

    [Theory]
    [InlineData("[{\"E\": 1.69}]", "the file holds a JSON array, where one JSON object belongs")]
    [InlineData("\"E=1.69\"", "the file holds the text \"E=1.69\", where one JSON object belongs")]
    [InlineData("{\"E\": \"NaN\"}", "'E' is the text \"NaN\" at line 1, where a number belongs; write a number there")]
    [InlineData("{\n  \"A\": 406.4,\n  \"E\": [1.69]\n}", "'E' is a JSON array at line 3, where a number belongs; write a number there")]
    [InlineData("{\"E\": true}", "'E' is true at line 1, where a number belongs; write a number there")]
    public void A_value_of_the_wrong_kind_is_said_as_what_it_is(string text, string expected)
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, double>>(text, Reflection));

        Assert.Equal(expected, JsonProblem.Describe(e, text));
    }

    [Fact]
    public void Bytes_are_counted_in_utf8()
    {
        var text = "{\"note\": \"ρ\""; // 12 characters, 13 bytes

        Assert.Contains("after 13 bytes", JsonProblem.CutShort(Complaint(text), text));
    }
}
