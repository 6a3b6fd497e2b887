namespace ScalingLaws.Tests.Cli;

/// <summary>A misspelt or renamed subcommand or option is named, with the nearest or the new name, in one error line.</summary>
public sealed class UnknownNameTests
{
    [Theory]
    [InlineData(new[] { "fitt", "runs.csv" }, "unknown command 'fitt' (did you mean 'fit'?); see 'scaling --help'")]
    [InlineData(new[] { "curve", "fitt" }, "unknown command 'fitt' (did you mean 'fit'?); see 'scaling curve --help'")]
    [InlineData(new[] { "fit", "--bootstap", "5", "runs.csv" }, "unknown option '--bootstap' (did you mean '--bootstrap'?); see 'scaling fit --help'")]
    [InlineData(new[] { "fit", "runs.csv", "--seed=3", "--jsn" }, "unknown option '--jsn' (did you mean '--json'?)")]
    // An option the command lacks after a list option, which would have been read as one more value ("'--out' is not a quantity").
    [InlineData(new[] { "predict", "--law", "chinchilla", "--params", "7B", "--tokens", "1T", "--out", "x.json" }, "unknown option '--out'; see 'scaling predict --help'")]
    [InlineData(new[] { "optimal", "--law", "chinchilla", "--flops", "1e21", "--jsno" }, "unknown option '--jsno' (did you mean '--json'?); see 'scaling optimal --help'")]
    [InlineData(new[] { "zzzzzz" }, "unknown command 'zzzzzz'; see 'scaling --help'")]
    [InlineData(new[] { "optimal", "--law", "chinchilla", "--model-params", "67B" }, "--model-params is now spelt --params, the name the other commands use for the same thing; see 'scaling optimal --help'")]
    public void Names_the_misspelt_name_and_the_nearest_real_one(string[] args, string expected) =>
        ScalingProcess.Run(args).AssertInputError(expected);

    [Fact]
    public void A_negative_number_is_a_value_not_a_misspelt_option() =>
        ScalingProcess.Run("optimal", "--law-spec", "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28", "--flops", "-5e21")
            .AssertInputError("--flops -5e21: every value must be a positive number");
}
