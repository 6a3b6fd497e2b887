namespace ScalingLaws.IO.Selection;

/// <summary>Lists of names in one-line messages: all of them when few, else the first ones and how many more.</summary>
internal static class Listing
{
    private const int Shown = 12;

    public static string Some(IReadOnlyList<string> names) =>
        names.Count <= Shown
            ? string.Join(", ", names)
            : $"{string.Join(", ", names.Take(Shown))} and {names.Count - Shown} more";
}
