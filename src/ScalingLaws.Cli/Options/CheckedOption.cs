namespace ScalingLaws.Cli.Options;

/// <summary>
/// A named choice checked while the command line is parsed, so that a wrong one fails before anything is read, with the
/// option's own one-line message (the nearest name, every choice) rather than the parser's.
/// </summary>
internal static class CheckedOption
{
    /// <param name="check">The option's parser, which throws <see cref="ScalingLawsException"/> for a wrong value.</param>
    public static Option<T> CheckedBy<T>(this Option<T> option, Action<string> check)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T>() is not string text)
                return;
            try
            {
                check(text);
            }
            catch (ScalingLawsException e)
            {
                result.AddError(e.Message);
            }
        });
        return option;
    }
}
