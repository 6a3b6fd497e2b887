using System.CommandLine.Parsing;

namespace ScalingLaws.Cli.Options;

/// <summary><c>--bootstrap N --seed S</c>, shared by the commands that can resample.</summary>
/// <param name="what">What is resampled, for the help text, e.g. "the rows".</param>
internal sealed class BootstrapOptions(string what) : IOptionGroup
{
    public Option<int> Resamples { get; } = new("--bootstrap")
    {
        Description = $"Resample {what} N times for standard errors and 95% intervals (e.g. 1000).",
        CustomParser = ParseCount,
    };

    public Option<int> Seed { get; } = CommonOptions.Seed(42);

    public void AddTo(Command command)
    {
        command.AddAll(Resamples, Seed);
    }

    /// <summary>The most resamples allowed: past ten thousand the intervals no longer change, only the wait does.</summary>
    public const int MaxResamples = 100_000;

    // What one resample keeps (its parameters, its derived quantities, bookkeeping), generously: for the memory check.
    private const long BytesPerResample = 4096;

    /// <summary>The number of resamples asked for; 0 means no bootstrap. An absurd count was refused while parsing, before any work.</summary>
    public int Count(ParseResult parse) => parse.GetValue(Resamples);

    // Read as a quantity, so that '1e9' or '10k' is refused for its size with the limit, not as a malformed number.
    private static int ParseCount(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
        if (!Quantity.TryParse(text, out var count) || count < 0 || count != Math.Floor(count))
        {
            result.AddError($"--bootstrap {text}: give a number of resamples (e.g. 1000), or leave it out");
            return 0;
        }
        var limit = (int)Math.Min(MaxResamples, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2 / BytesPerResample);
        if (count > limit)
        {
            result.AddError($"--bootstrap {text}: too many resamples; the limit is {limit:N0} on this machine (1,000 give stable 95% intervals)");
            return 0;
        }
        return (int)count;
    }
}
