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

    [Fact]
    public void No_start_converges_within_one_iteration()
    {
        Fit(Chinchilla, "--max-iterations", "1").AssertInputError("converged from none of 4500 starts");
    }

    [Fact]
    public void Max_iterations_must_be_positive()
    {
        Fit(Chinchilla, "--max-iterations", "0").AssertInputError("--max-iterations 0");
    }

    [Fact]
    public void Unknown_law_lists_the_laws()
    {
        Fit(Chinchilla, "--law", "nope").AssertInputError("--law 'nope': unknown choice", "chinchilla, kaplan, power, pure-power");
    }

    [Fact]
    public void Unknown_x()
    {
        Fit(Chinchilla, "--law", "power", "--x", "loss").AssertInputError("--x 'loss': unknown choice", "params, tokens, flops");
    }

    [Fact]
    public void Fix_of_an_unknown_parameter_lists_the_valid_names()
    {
        Fit(Chinchilla, "--fix", "gamma=1").AssertInputError("unknown parameter 'gamma'", "E, A, B, alpha, beta");
    }

    [Theory]
    [InlineData("alpha")]
    [InlineData("alpha=")]
    [InlineData("=0.3")]
    public void Fix_without_a_value(string item)
    {
        Fit(Chinchilla, "--fix", item).AssertInputError($"--fix {item}: write it as P=V");
    }

    [Fact]
    public void Fix_with_a_value_that_is_not_a_number()
    {
        Fit(Chinchilla, "--fix", "alpha=high").AssertInputError("'high' is not a quantity");
    }

    [Fact]
    public void Fix_of_a_log_scale_parameter_at_zero()
    {
        Fit(Chinchilla, "--fix", "E=0").AssertInputError("--fix E=0");
    }

    [Fact]
    public void Unknown_objective()
    {
        Fit(Chinchilla, "--objective", "foo").AssertInputError("--objective 'foo': unknown choice", "huber-log, least-squares");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Delta_must_be_positive(string delta)
    {
        Fit(Chinchilla, "--delta", delta).AssertInputError($"--delta {delta}");
    }

    [Fact]
    public void Tie_across_scales()
    {
        Fit(Chinchilla, "--tie", "A=alpha").AssertInputError("--tie A=alpha", "different scales");
    }

    [Theory]
    [InlineData("alpha=alpha", "cannot be tied to itself")]
    [InlineData("alpha=gamma", "gamma")]
    public void Bad_tie(string item, string fragment)
    {
        Fit(Chinchilla, "--tie", item).AssertInputError(fragment);
    }

    [Fact]
    public void Tie_cycle()
    {
        Fit(Chinchilla, "--tie", "alpha=beta", "--tie", "beta=alpha").AssertInputError("--tie");
    }

    [Fact]
    public void Dropping_every_row()
    {
        Fit(Chinchilla, "--drop-highest-loss", "300").AssertInputError("--drop-highest-loss 300 would drop all 245 rows");
    }

    [Fact]
    public void Dropping_a_negative_number_of_rows()
    {
        Fit(Chinchilla, "--drop-highest-loss", "-1").AssertInputError("--drop-highest-loss -1");
    }

    [Fact]
    public void Min_tokens_above_every_row()
    {
        Fit(Chinchilla, "--min-tokens", "1P").AssertInputError("no rows to fit");
    }

    [Fact]
    public void Min_tokens_that_is_not_a_quantity()
    {
        Fit(Chinchilla, "--min-tokens", "lots").AssertInputError("'lots' is not a quantity");
    }

    [Fact]
    public void Bootstrap_of_one_resample()
    {
        Fit(Chinchilla, "--law", "pure-power", "--bootstrap", "1").AssertInputError("--bootstrap 1");
    }

    [Fact]
    public void Bootstrap_of_a_negative_count()
    {
        Fit(Chinchilla, "--law", "pure-power", "--bootstrap", "-5").AssertInputError("--bootstrap -5");
    }

    [Fact]
    public void Bootstrap_of_an_absurd_count_written_in_scientific_notation_is_refused_with_the_limit()
    {
        Fit(Chinchilla, "--bootstrap", "1e9").AssertInputError("--bootstrap 1e9: too many resamples; the limit is", "on this machine");
        Fit(Chinchilla, "--bootstrap", "2.5").AssertInputError("--bootstrap 2.5: give a number of resamples");
    }

    [Fact]
    public void Map_of_an_unknown_field()
    {
        Fit(Chinchilla, "--map", "foo=bar").AssertInputError("unknown field 'foo'", "params");
    }

    [Fact]
    public void Map_without_a_column()
    {
        Fit(Chinchilla, "--map", "loss").AssertInputError("--map 'loss' is not FIELD=COLUMN");
    }

    [Fact]
    public void Map_of_the_same_field_twice()
    {
        Fit(Chinchilla, "--map", "loss=loss", "--map", "loss=y").AssertInputError("gives loss twice");
    }

    [Fact]
    public void Map_to_a_missing_column_suggests_the_closest_header()
    {
        Fit(Chinchilla, "--map", "loss=nonexistent").AssertInputError("column 'nonexistent'", "did you mean");
        Fit(Chinchilla, "--map", "loss=los").AssertInputError("did you mean 'loss'?");
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
