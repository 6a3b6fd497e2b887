using System.Globalization;
using System.Runtime.CompilerServices;

namespace ScalingLaws;

/// <summary>
/// A message whose <see cref="Setting"/> holes are rendered by the reader: the core writes
/// <c>$"{Setting.FitFraction} {value}: give a fraction between 0 and 1"</c> and each front end spells the
/// setting its own way (see <see cref="Render"/>). Every other hole is formatted at once, invariantly.
/// </summary>
[InterpolatedStringHandler]
public struct Wording
{
    private ImmutableArray<object>.Builder? _parts;

    /// <summary>Called by the compiler for an interpolated string.</summary>
    public Wording(int literalLength, int formattedCount) => _parts = ImmutableArray.CreateBuilder<object>(2 * formattedCount + 1);

    /// <summary>The parts in order: strings as written, settings to be named.</summary>
    public readonly ImmutableArray<object> Parts => _parts?.ToImmutable() ?? [];

    /// <summary>Called by the compiler for a literal part.</summary>
    public void AppendLiteral(string text) => Builder.Add(text);

    /// <summary>A setting, to be named by the reader.</summary>
    public void AppendFormatted(Setting setting) => Builder.Add(setting);

    /// <summary>Any other value, formatted invariantly.</summary>
    public void AppendFormatted<T>(T value, string? format = null) =>
        Builder.Add(value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString() ?? "");

    /// <summary>Any other value, formatted invariantly with an alignment.</summary>
    public void AppendFormatted<T>(T value, int alignment, string? format = null) =>
        Builder.Add(string.Format(CultureInfo.InvariantCulture, $"{{0,{alignment}:{format}}}", value));

    /// <summary>A string, as is.</summary>
    public void AppendFormatted(string? value) => Builder.Add(value ?? "");

    /// <summary>Another message spliced in, its settings still typed.</summary>
    public void AppendFormatted(Wording part) => Builder.AddRange(part.Parts);

    /// <summary><paramref name="text"/> when <paramref name="condition"/> holds, else nothing: for optional clauses.</summary>
    public static Wording When(bool condition, Wording text) => condition ? text : default;

    private ImmutableArray<object>.Builder Builder => _parts ??= ImmutableArray.CreateBuilder<object>();

    /// <summary>The message with each setting spelled by <paramref name="name"/>.</summary>
    public static string Render(ImmutableArray<object> parts, Func<Setting, string> name) =>
        string.Concat(parts.Select(p => p is Setting s ? name(s) : (string)p));
}
