using System.Text.RegularExpressions;

namespace ScalingLaws.IO;

/// <summary>
/// The size a model's name gives (<c>pythia-70m</c>, <c>opt-1.3b</c>, <c>70M</c>), read as its params where a table has no
/// params column, as public tables often list models by name alone. A name with no size, or with two (<c>400M-20B</c>,
/// where one may be its tokens), gives none.
/// </summary>
internal static partial class ModelNameSize
{
    /// <summary>The one size in <paramref name="name"/> (a number then K, M, B or T, apart from letters and digits), or null.</summary>
    public static double? Of(string name) =>
        Size().Matches(name) is [var match] && Quantity.TryParseSize(match.Value, out var size) && size >= 1 ? size : null;

    [GeneratedRegex(@"(?<![A-Za-z0-9.])\d+(\.\d+)?[KkMmBbTt](?![A-Za-z0-9])")]
    private static partial Regex Size();
}
