using System.Globalization;
using System.Text.RegularExpressions;

namespace ScalingLaws.Cli;

/// <summary>
/// The parser's own refusals in the tool's words: it names .NET types ("as expected type 'System.Int32'"), says "expects
/// a single argument but 2 were provided" of an option given twice and "Option '--sweep-budget' is required" of one left out, and "Unrecognized command or argument" of a word no argument takes. Numbers that are not whole are QuantityOptions, read by
/// the project's own parser, so only whole numbers reach here.
/// </summary>
internal static partial class ParserMessage
{
    public static string Readable(string message, IReadOnlyList<string> args, System.CommandLine.Parsing.CommandResult command)
    {
        if (Unrecognized().Match(message) is { Success: true } extra)
            return Unexpected(extra.Groups["token"].Value, command, args);
        if (NotParsed().Match(message) is { Success: true } parse)
            return WholeNumber(parse.Groups["option"].Value, parse.Groups["value"].Value, parse.Groups["type"].Value);
        if (Repeated().Match(message) is { Success: true } repeated)
            return Twice(repeated.Groups["option"].Value, args);
        if (Required().Match(message) is { Success: true } required)
            return $"missing {required.Groups["option"].Value}, which this command needs";
        return message;
    }

    // "--seed 99999999999" is a whole number beyond the option's type; "1e3", "2K" and "1,000" are ones written otherwise; "4096.5" is none.
    private static string WholeNumber(string option, string value, string type)
    {
        if (!type.Contains("Int32") && !type.Contains("Int64"))
            return $"Cannot parse argument '{value}' for option '{option}' as expected type '{type}'";
        var largest = type.Contains("Int64") ? long.MaxValue : int.MaxValue;
        var trimmed = value.Trim();
        var whole = Quantity.TryParseSize(trimmed, out var number) && number == Math.Floor(number);
        var reason = Digits().IsMatch(trimmed) || (whole && Math.Abs(number) > largest) ? $"it is beyond the largest this option takes ({largest.ToString("N0", CultureInfo.InvariantCulture)})"
            : whole ? $"write it in digits, {number.ToString("0", CultureInfo.InvariantCulture)}"
            : "give a whole number in digits";
        return $"{option} {value}: '{value}' is not a whole number this option takes; {reason}";
    }

    // "Unrecognized command or argument 'b.csv'" of a second file, or of a word after a command that takes none.
    private static string Unexpected(string token, System.CommandLine.Parsing.CommandResult command, IReadOnlyList<string> args)
    {
        var path = CommandPath.Of(command);
        // '--strict 1': the value of a switch, which takes true or false or nothing.
        var at = args.ToList().IndexOf(token);
        if (at > 0 && command.Command.Options.FirstOrDefault(o => o.Name == args[at - 1] && o.ValueType == typeof(bool)) is { } flag)
            return $"unexpected argument '{token}': {flag.Name} is a switch; give it alone, or {flag.Name} true or {flag.Name} false";
        var arguments = command.Command.Arguments;
        return arguments.Count == 0
            ? $"unexpected argument '{token}': '{path}' takes no argument, only options; if it is an option's value, give the option's name before it"
            : $"unexpected argument '{token}': '{path}' takes one {string.Join(" and one ", arguments.Select(a => a.Name))}; give one, or if it is an option's value, give the option's name before it";
    }

    // Every value given to the option, in order, whether written "--vocab 0" or "--vocab=0".
    private static string Twice(string option, IReadOnlyList<string> args)
    {
        var values = args.Select((a, i) => a == option && i + 1 < args.Count ? args[i + 1] : a.StartsWith(option + "=", StringComparison.Ordinal) ? a[(option.Length + 1)..] : null)
            .OfType<string>().ToList();
        return $"{option} is given {values.Count} times ({string.Join(", ", values)}); it takes one value, so give it once";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']*)' as expected type '(?<type>[^']*)'")]
    private static partial Regex NotParsed();

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Option '(?<option>[^']*)' expects a single argument but \d+ were provided")]
    private static partial Regex Repeated();

    [GeneratedRegex(@"^Option '(?<option>[^']*)' is required")]
    private static partial Regex Required();

    [GeneratedRegex(@"^[-+]?\d+$")]
    private static partial Regex Digits();
}
