namespace ScalingLaws.IO.Selection;

/// <summary>
/// Rows of a held-out table outside the population a law was fitted on: of another family than the fit selected, or with
/// another value of a column the fit kept one value of (<c>--where dataset=web</c>). Scored against that law, they measure
/// how far another population lies from it, not the law's error. A filter that orders (<c>params&lt;=1.5B</c>) bounds the
/// fitted range, which held-out rows are meant to leave, and the models a fit left out are the ones to score: neither counts.
/// </summary>
/// <param name="ByFamily">Whether the fit selected families (else a column's value).</param>
/// <param name="Selected">The families (comma-separated) or the filter (<c>dataset=web</c>) the fit selected.</param>
/// <param name="Outside">Held-out rows outside it.</param>
/// <param name="Of">Held-out rows.</param>
/// <param name="Others">The other families or values among them, as the table spells them.</param>
public sealed record FittedPopulation(bool ByFamily, string Selected, int Outside, int Of, IReadOnlyList<string> Others)
{
    /// <summary>The other families or values for a one-line message: all when few, else the first ones and how many more.</summary>
    public string OthersListed => Listing.Some(Others);

    /// <summary>The first part of <paramref name="fitted"/> that some rows of <paramref name="heldOut"/> fall outside; null when none does or the table cannot tell.</summary>
    public static FittedPopulation? Find(SelectionSummary fitted, ObservationTable heldOut)
    {
        if (fitted.Families.Count > 0 && heldOut.Rows.Any(r => r.Family is not null))
        {
            var families = heldOut.Rows.Select(r => r.Family ?? heldOut.Source).ToArray();
            if (Apart(families, f => fitted.Families.Any(k => Same(k, f)), true, string.Join(", ", fitted.Families)) is { } family)
                return family;
        }
        foreach (var filter in fitted.Where.Select(RowFilter.Parse).Where(f => f.Comparison == FilterComparison.Equal))
        {
            var header = heldOut.Extra.Keys.FirstOrDefault(h => Same(h, filter.Column));
            if (header is not null && Apart(heldOut.Extra[header], c => filter.Matches(c), false, filter.ToString()) is { } value)
                return value;
        }
        return null;
    }

    private static FittedPopulation? Apart(IReadOnlyList<string> values, Func<string, bool> inside, bool byFamily, string selected)
    {
        var outside = values.Where(v => !inside(v)).ToList();
        return outside.Count == 0 ? null
            : new FittedPopulation(byFamily, selected, outside.Count, values.Count, [.. outside.Select(v => v.Trim()).Distinct()]);
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
