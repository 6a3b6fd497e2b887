using System.CommandLine.Parsing;

namespace ScalingLaws.Cli.Options;

/// <summary>
/// An option that takes one name of a short list, read while the command line is parsed: --help lists the names
/// (<c>&lt;huber-log|least-squares&gt;</c>), a name is matched whatever its case, and a wrong one fails before anything
/// is read, in one line naming the option, the value given, the nearest name and every name.
/// </summary>
internal static class ChoiceOption
{
    /// <param name="choices">Each name with the value it stands for, in the order help lists them.</param>
    /// <param name="fallback">The name taken when the option is not given; without one the option's value is then null.</param>
    public static Option<Choice<T>> Create<T>(string name, string description, IReadOnlyList<Choice<T>> choices, string? fallback = null)
    {
        var option = new Option<Choice<T>>(name)
        {
            Description = description,
            CustomParser = result => Parse(result, name, choices),
        };
        if (fallback is not null)
            option.DefaultValueFactory = _ => choices.Single(c => c.Name == fallback);
        return option.Listing(choices.Select(c => c.Name));
    }

    /// <summary>Lists <paramref name="names"/> in --help (and to shell completion) as the values the option takes.</summary>
    public static Option<T> Listing<T>(this Option<T> option, IEnumerable<string> names)
    {
        option.CompletionSources.Add([.. names]);
        return option;
    }

    /// <summary>An option whose names are its values, e.g. the laws of a catalog.</summary>
    public static Option<Choice<string>> Names(string name, string description, IEnumerable<string> names, string? fallback = null) =>
        Create(name, description, [.. names.Select(n => new Choice<string>(n, n))], fallback);

    /// <summary>The choice called <paramref name="text"/>, for a value given another way (an option's old spelling).</summary>
    public static T Find<T>(string text, string option, IReadOnlyList<Choice<T>> choices) =>
        Match(text, choices) is { } choice ? choice.Value : throw new ScalingLawsException(Refusal(text, option, choices.Select(c => c.Name)));

    private static Choice<T> Parse<T>(ArgumentResult result, string option, IReadOnlyList<Choice<T>> choices)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
        if (Match(text, choices) is { } choice)
            return choice;
        result.AddError(Refusal(text, option, choices.Select(c => c.Name)));
        return choices[0];
    }

    private static Choice<T>? Match<T>(string text, IReadOnlyList<Choice<T>> choices) =>
        choices.FirstOrDefault(c => string.Equals(c.Name, text.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>"--style 'papr': unknown choice (did you mean 'paper'?); give one of paper, screen."</summary>
    public static string Refusal(string text, string option, IEnumerable<string> names) =>
        $"{option} '{text}': unknown choice{EditDistance.DidYouMean(text, names)}; give one of {string.Join(", ", names)}.";
}
