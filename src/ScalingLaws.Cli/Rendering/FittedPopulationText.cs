using ScalingLaws.IO.Selection;

namespace ScalingLaws.Cli.Rendering;

/// <summary>The command line's words for a <see cref="FittedPopulation"/>: held-out rows of another family or setting than the law's.</summary>
internal static class FittedPopulationText
{
    public static string Warning(string law, string rows, FittedPopulation population)
    {
        var (what, option) = population.ByFamily
            ? ($"of {(population.Others.Count == 1 ? "another family" : "other families")}", $"--family {population.Selected.Split(", ")[0]}")
            : ($"without {population.Selected}", $"--where {population.Selected}");
        var selected = population.ByFamily ? $"family {population.Selected}" : $"the rows with {population.Selected}";
        return $"warning: {law} was fitted on {selected} only; {Numbers.Count(population.Outside)} of {Numbers.Count(population.Of)} rows of {rows} are {what} " +
            $"({population.OthersListed}), scored here against it as if they were its own: give {option} to score only rows like those it was fitted on, or go on if comparing is intended.";
    }
}
