using ScalingLaws.Cli.Options;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Tests.Fitting;

/// <summary>
/// Everything a user can get wrong surfaces as a <see cref="ScalingLawsException"/> with a one-line
/// message that says what is wrong and where.
/// </summary>
public sealed class FitErrorTests
{
    private static ObservationTable Sweep() => Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, 0.005);

    private static string FitError(ObservationTable table, FitOptions? options = null, ScalingLaw? law = null)
    {
        var error = Assert.ThrowsAny<ScalingLawsException>(() => new LawFitter(law ?? ChinchillaLaw.Instance, options).Fit(table));
        Messages.AssertOneLine(error.Message);
        return error.Worded();
    }

    [Fact]
    public void Empty_table()
    {
        var message = FitError(new ObservationTable([], "empty.csv"));

        Assert.StartsWith("empty.csv: no rows to fit", message);
    }

    [Fact]
    public void Fewer_rows_than_free_parameters()
    {
        var table = new ObservationTable(Sweep().Rows.Take(4), "four.csv");

        var message = FitError(table);

        Assert.Contains("4 rows cannot determine 5 free parameters", message);
        Assert.Contains("--fix", message);
    }

    [Fact]
    public void Single_model_size_cannot_identify_the_size_exponent()
    {
        // Eight token counts, one model size: how loss scales with N is not in the data.
        var table = new ObservationTable(Sweep().Rows.Where(r => r.Params == 1e7), "one-size.csv");
        Assert.Equal(8, table.Count);

        var message = FitError(table);

        Assert.Contains("identified", message);
        Assert.Contains("same params", message);
        Assert.Contains("N", message);
    }

    [Fact]
    public void Single_model_size_is_still_unidentified_when_an_unrelated_parameter_is_fixed()
    {
        // Fixing E says nothing about how loss scales with N: A and α remain unidentified.
        var table = new ObservationTable(Sweep().Rows.Where(r => r.Params == 1e7), "one-size.csv");

        var message = FitError(table, new FitOptions { Constraints = ParameterConstraints.None.Fix("E", 1.8) });

        Assert.Contains("identified", message);
        Assert.Contains("alpha", message);
    }

    [Fact]
    public void Single_model_size_fits_when_the_size_terms_are_fixed()
    {
        // With A and α borrowed from elsewhere, one size and eight token counts determine E, B and β.
        var table = new ObservationTable(Sweep().Rows.Where(r => r.Params == 1e7), "one-size.csv");
        var constraints = ParameterConstraints.None.Fix("A", 400).Fix("alpha", 0.33);

        var fit = new LawFitter(ChinchillaLaw.Instance, new FitOptions { Constraints = constraints }).Fit(table);

        Assert.Equal(3, fit.FreeCount);
        Assert.Equal(0.33, fit["alpha"]);
        // Eight points with 0.5 % noise: β to within a few hundredths of its true 0.3.
        Assert.Equal(0.3, fit["beta"], 0.05);
    }

    [Fact]
    public void Single_token_count_cannot_identify_the_data_exponent()
    {
        var table = new ObservationTable(Sweep().Rows.Where(r => r.Tokens == 1e8), "one-budget.csv");

        var message = FitError(table);

        Assert.Contains("identified", message);
        Assert.Contains("same tokens", message);
    }

    [Theory]
    [InlineData("loss", 0.0, "is 0, but must be a positive finite number")]
    [InlineData("loss", -2.5, "is -2.5, but must be a positive finite number")]
    [InlineData("loss", double.NaN, "is missing")]
    [InlineData("params", 0.0, "is 0, but must be a positive finite number")]
    [InlineData("params", double.NaN, "is missing")]
    [InlineData("tokens", -1e9, "must be a positive finite number")]
    [InlineData("tokens", double.PositiveInfinity, "must be a positive finite number")]
    public void Bad_value_names_the_row_and_field(string field, double value, string problem)
    {
        var rows = Sweep().Rows.ToArray();
        rows[6] = field switch
        {
            "loss" => rows[6] with { Loss = value },
            "params" => rows[6] with { Params = value },
            _ => rows[6] with { Tokens = value },
        };

        // Sweep rows carry SourceRow = index + 1, so the seventh row is "row 7".
        var message = FitError(new ObservationTable(rows, "runs.csv"));

        Assert.StartsWith($"runs.csv, row 7, {field}: the value ", message);
        Assert.Contains(problem, message);
    }

    [Fact]
    public void Bad_value_names_the_file_row_when_known_and_the_position_otherwise()
    {
        var rows = Sweep().Rows.Select(r => r with { SourceRow = 0 }).ToArray();
        rows[2] = rows[2] with { Loss = double.NaN };
        Assert.Contains("row 3, loss", FitError(new ObservationTable(rows, "t")));

        rows[2] = rows[2] with { SourceRow = 17 };
        Assert.Contains("row 17, loss", FitError(new ObservationTable(rows, "t")));
    }

    [Fact]
    public void Only_the_law_inputs_are_checked()
    {
        // A power law in N does not read tokens, so a missing token count is not an error.
        var rows = Sweep().Rows.ToArray();
        rows[0] = rows[0] with { Tokens = double.NaN, Flops = double.NaN };
        var law = new OffsetPowerLaw(Field.Params);

        var fit = new LawFitter(law).Fit(new ObservationTable(rows, "t"));

        Assert.Equal(48, fit.Rows);
        // And a power law in C does read flops.
        Assert.Contains("row 1, flops: the value is missing", FitError(new ObservationTable(rows, "t"), law: new OffsetPowerLaw(Field.Flops)));
    }

    [Fact]
    public void Unknown_law_lists_the_laws()
    {
        var error = Assert.Throws<ScalingLawsException>(() => LawCatalog.Create("nope"));

        Messages.AssertOneLine(error.Message, "'nope'", "chinchilla, kaplan, power, pure-power");
    }

    [Fact]
    public void One_variable_law_on_a_non_input_field()
    {
        var error = Assert.Throws<ScalingLawsException>(() => LawCatalog.Create("power", Field.Loss));

        Messages.AssertOneLine(error.Message, "params, tokens or flops");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-4000)]
    public void Bootstrap_needs_at_least_two_resamples(int resamples)
    {
        var error = Assert.Throws<ScalingLawsException>(() => new Bootstrap(resamples));

        Assert.Contains($"--bootstrap {resamples}", error.Worded());
        Messages.AssertOneLine(error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-3)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Huber_delta_must_be_positive_and_finite(double delta)
    {
        var message = FitError(Sweep(), new FitOptions { Delta = delta });

        Assert.StartsWith("--delta ", message);
        Assert.Contains("positive", message);
    }

    [Fact]
    public void Parallelism_must_be_at_least_one()
    {
        Assert.Contains("parallelism", FitError(Sweep(), new FitOptions { MaxDegreeOfParallelism = 0 }));
    }

    [Fact]
    public void Start_must_have_one_value_per_parameter()
    {
        var message = FitError(Sweep(), new FitOptions { Start = [1.8, 400, 0.3] });

        Assert.Contains("a start needs 5 values (E, A, B, alpha, beta), got 3", message);
    }

    [Fact]
    public void Fit_that_converges_from_no_start()
    {
        // One iteration is never enough from any grid point, so all 4,500 starts stop at the limit.
        var options = new FitOptions
        {
            Optimizer = new() { MaxIterations = 1 },
            SearchOptimizer = new() { MaxIterations = 1 },
        };

        var message = FitError(Sweep(), options);

        Assert.Contains("converged from none of 4,500 starts", message);
        Assert.Contains("4,500 hit the iteration limit", message);
    }

    [Theory]
    [InlineData(1, 0.0, "A = 0", " positive")]
    [InlineData(2, -1500.0, "B = -1500", " positive")]
    [InlineData(0, double.NaN, "E = NaN", " positive")]
    [InlineData(3, double.PositiveInfinity, "alpha = Infinity", "")]
    public void Start_values_must_be_finite_and_positive_on_the_log_scale(int index, double value, string shown, string positive)
    {
        // ln 0 = −∞ would otherwise give a finite objective with a zero gradient in ln A and α,
        // and a "converged" fit with A = 0 and α never moved from its start.
        double[] start = [1.8, 400, 1500, 0.33, 0.3];
        start[index] = value;

        var message = FitError(Sweep(), new FitOptions { Start = start });

        Assert.Contains($"the start value {shown} must be a finite{positive} number", message);
    }
}
