namespace ScalingLaws.Tests.Cli;

/// <summary>
/// Every input problem gives exit 2, nothing on standard output and one line on standard error
/// starting with "error:" (never a stack trace: <see cref="ScalingProcess"/> checks that on every run).
/// </summary>
public sealed class BadInputTests : WithTempFolder
{
    private static string Chinchilla => ScalingProcess.Chinchilla;

    private static CliResult Fit(params string[] args) => ScalingProcess.Run(["fit", .. args]);

    [Fact]
    public void Missing_file()
    {
        var path = Path.Combine(temp.FullName, "missing.csv");

        Fit(path).AssertInputError($"{path}: no such file");
    }

    [Fact]
    public void Directory_as_file()
    {
        Fit(temp.FullName).AssertInputError($"{temp.FullName}: this is a directory");
    }

    [Fact]
    public void Unknown_extension()
    {
        Fit(temp.Write("runs.txt", "params,tokens,loss\n1e8,2e9,3.5\n")).AssertInputError("unknown file type '.txt'", ".csv");
    }

    [Theory]
    [InlineData("empty.csv", "", "the file is empty")]
    [InlineData("empty.jsonl", "", "the file is empty")]
    [InlineData("header.csv", "params,tokens,loss\n", "header but no data rows")]
    [InlineData("noloss.csv", "params,tokens,ppl\n1e8,2e9,20\n2e8,2e9,18\n", "no loss column among the headers 'params', 'tokens', 'ppl'")]
    [InlineData("nodata.csv", "params,loss\n1e8,3.5\n2e8,3.2\n", "no tokens or flops column")]
    [InlineData("dup.csv", "params,tokens,loss,tokens\n1e8,2e9,3.5,2e9\n", "column 'tokens': duplicated column")]
    [InlineData("ambiguous.csv", "params,tokens,val_loss,train_loss\n1e8,2e9,3.5,3.4\n", "'val_loss', 'train_loss' could each be loss")]
    [InlineData("nonnumeric.csv", "params,tokens,loss\n1e8,2e9,3.5\n2e8,abc,3.2\n", "row 2, column 'tokens': 'abc' is not a number")]
    [InlineData("nan.csv", "params,tokens,loss\n1e8,2e9,NaN\n", "row 1, column 'loss': loss is 'NaN', which is not finite")]
    [InlineData("inf.csv", "params,tokens,loss\n1e8,2e9,3.5\n2e8,2e9,Infinity\n", "row 2, column 'loss': loss is 'Infinity', which is not finite")]
    [InlineData("overflow.csv", "params,tokens,loss\n1e8,1e999,3.5\n", "row 1, column 'tokens'")]
    [InlineData("zero.csv", "params,tokens,loss\n0,2e9,3.5\n", "row 1, column 'params': params is '0' but must be positive")]
    [InlineData("negative.csv", "params,tokens,loss\n1e8,2e9,-3.5\n", "row 1, column 'loss': loss is '-3.5' but must be positive")]
    [InlineData("blank.csv", "params,tokens,loss\n1e8,2e9,\n", "row 1, column 'loss': loss is blank")]
    [InlineData("ragged.csv", "params,tokens,loss\n1e8,2e9,3.5,9\n", "row 1: 4 fields but the header has 3")]
    [InlineData("broken.jsonl", "{\"params\": 1e8, \"tokens\": 2e9, \"loss\": 3.5}\n{\"params\": \n", "broken.jsonl")]
    public void Bad_file(string name, string content, string fragment)
    {
        var path = temp.Write(name, content);

        var line = Fit(path).AssertInputError(path, fragment);

        Assert.StartsWith($"error: {path}", line);
    }

    [Fact]
    public void Fewer_rows_than_free_parameters()
    {
        var path = temp.Write("three.csv", "params,tokens,loss\n1e8,2e9,3.5\n2e8,4e9,3.2\n4e8,8e9,3.0\n");

        Fit(path).AssertInputError("3 rows cannot determine 5 free parameters");
    }

    [Fact]
    public void A_single_model_size_cannot_identify_the_params_exponent()
    {
        var path = temp.Write("single.csv", SingleSize);

        Fit(path).AssertInputError("every row has the same params", "cannot be identified");
    }

    [Fact]
    public void A_single_model_size_is_not_rescued_by_fixing_the_other_exponent()
    {
        var path = temp.Write("single.csv", SingleSize);

        Fit(path, "--fix", "beta=0.28").AssertInputError("every row has the same params", "cannot be identified");
    }

    private const string SingleSize = "params,tokens,loss\n1e8,2e9,3.5\n1e8,4e9,3.2\n1e8,8e9,3.0\n1e8,16e9,2.9\n1e8,32e9,2.8\n1e8,64e9,2.75\n";

    /// <summary>One row per refused option on Chinchilla's rows: the options, split on spaces, then the fragments the line must hold.</summary>
    [Theory]
    [InlineData("--max-iterations 1", "converged from none of 4,500 starts")]
    [InlineData("--max-iterations 0", "--max-iterations 0")]
    [InlineData("--law nope", "--law 'nope': unknown choice", "chinchilla, kaplan, power, pure-power")]
    [InlineData("--law power --x loss", "--x 'loss': unknown choice", "params, tokens, flops")]
    [InlineData("--fix gamma=1", "unknown parameter 'gamma'", "E, A, B, alpha, beta")]
    [InlineData("--fix alpha", "--fix alpha: write it as P=V")]
    [InlineData("--fix alpha=", "--fix alpha=: write it as P=V")]
    [InlineData("--fix =0.3", "--fix =0.3: write it as P=V")]
    [InlineData("--fix alpha=high", "'high' is not a quantity")]
    [InlineData("--fix E=0", "--fix E=0")]
    [InlineData("--objective foo", "--objective 'foo': unknown choice", "huber-log, least-squares")]
    [InlineData("--delta 0", "--delta 0")]
    [InlineData("--delta -1", "--delta -1")]
    [InlineData("--tie A=alpha", "--tie A=alpha", "different scales")]
    [InlineData("--tie alpha=alpha", "cannot be tied to itself")]
    [InlineData("--tie alpha=gamma", "gamma")]
    [InlineData("--tie alpha=beta --tie beta=alpha", "--tie")]
    [InlineData("--drop-highest-loss 300", "--drop-highest-loss 300 would drop all 245 rows")]
    [InlineData("--drop-highest-loss -1", "--drop-highest-loss -1")]
    [InlineData("--min-tokens 1P", "no rows to fit")]
    [InlineData("--min-tokens lots", "'lots' is not a quantity")]
    [InlineData("--law pure-power --bootstrap 1", "--bootstrap 1")]
    [InlineData("--law pure-power --bootstrap -5", "--bootstrap -5")]
    [InlineData("--bootstrap 1e9", "--bootstrap 1e9: too many resamples; the limit is", "on this machine")]
    [InlineData("--bootstrap 2.5", "--bootstrap 2.5: give a number of resamples")]
    [InlineData("--map foo=bar", "unknown field 'foo'", "params")]
    [InlineData("--map loss", "--map 'loss' is not FIELD=COLUMN")]
    [InlineData("--map loss=loss --map loss=y", "gives loss twice")]
    [InlineData("--map loss=nonexistent", "column 'nonexistent'", "did you mean")]
    [InlineData("--map loss=los", "did you mean 'loss'?")]
    public void A_refused_option_is_one_line_naming_it(string options, params string[] fragments)
    {
        Fit([Chinchilla, .. options.Split(' ')]).AssertInputError(fragments);
    }

    [Fact]
    public void Parser_errors_follow_the_same_contract()
    {
        Fit(Chinchilla, "--bogus").AssertInputError("--bogus");
        Fit().AssertInputError("FILE");
        Fit(Chinchilla, "--drop-highest-loss", "abc").AssertInputError("abc");
    }

    [Fact]
    public void Parser_errors_exit_non_zero_without_a_stack_trace()
    {
        foreach (var result in new[] { Fit(Chinchilla, "--bogus"), Fit(), Fit(Chinchilla, "--drop-highest-loss", "abc"), ScalingProcess.Run("bogus") })
        {
            Assert.NotEqual(0, result.ExitCode);
            Assert.NotEmpty(result.StderrLines);
        }
    }
}
