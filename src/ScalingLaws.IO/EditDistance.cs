namespace ScalingLaws.IO;

/// <summary>Edit distance (optimal string alignment), to suggest the name a user probably meant.</summary>
public static class EditDistance
{
    /// <summary>The candidate closest to <paramref name="target"/> by edit distance.</summary>
    public static string Closest(string target, IEnumerable<string> candidates) =>
        candidates.MinBy(c => Between(target.ToLowerInvariant(), c.ToLowerInvariant())) ?? "";

    /// <summary>The closest candidate when it is a plausible typo (at most a third of the letters off, ignoring case), else null.</summary>
    public static string? Suggest(string target, IEnumerable<string> candidates)
    {
        var closest = Closest(target, candidates);
        return closest.Length > 0 && Between(target.ToLowerInvariant(), closest.ToLowerInvariant()) <= Math.Max(1, target.Length / 3) ? closest : null;
    }

    /// <summary>" (did you mean 'x'?)" for a plausible typo, else "".</summary>
    public static string DidYouMean(string target, IEnumerable<string> candidates) =>
        Suggest(target, candidates) is { } suggestion ? $" (did you mean '{suggestion}'?)" : "";

    /// <summary>Edits between two strings, a swap of neighbouring letters counting as one ("lsos" is 1 from "loss").</summary>
    public static int Between(string a, string b)
    {
        var before = new int[b.Length + 1];
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
            }
            (before, previous) = (previous, current);
        }
        return previous[b.Length];
    }
}
