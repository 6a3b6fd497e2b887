using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ScalingLaws.IO.LawFiles;

/// <summary>
/// How every JSON document is written and read: web names (camelCase), indented, NaN as null, null members of a type
/// marked <see cref="OmitNullsAttribute"/> left out, through source-generated metadata only (no reflection-based
/// serializer, so the native binary serializes exactly what the JIT build does).
/// </summary>
public static class DocumentJson
{
    /// <summary>The document options over <paramref name="resolver"/>: a project's generated context.</summary>
    public static JsonSerializerOptions Options(IJsonTypeInfoResolver resolver) => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // readable '+' and 'ρ'; output is never embedded in HTML
        Converters = { new NonFiniteAsNullConverter() },
        TypeInfoResolver = resolver.WithAddedModifier(OmitNullsAttribute.Apply),
    };

    /// <summary><paramref name="value"/> as JSON, through the generated metadata <paramref name="options"/> resolve.</summary>
    public static string Serialize<T>(T value, JsonSerializerOptions options) => JsonSerializer.Serialize(value, TypeInfo<T>(options));

    /// <summary>A <typeparamref name="T"/> read from <paramref name="text"/>, through the generated metadata.</summary>
    public static T? Deserialize<T>(string text, JsonSerializerOptions options) => JsonSerializer.Deserialize(text, TypeInfo<T>(options));

    /// <summary>The generated metadata of <typeparamref name="T"/> under <paramref name="options"/>.</summary>
    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
