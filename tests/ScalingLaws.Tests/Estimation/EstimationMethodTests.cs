using ScalingLaws.Estimation;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Estimation;

/// <summary>The study's fits: Levenberg–Marquardt least squares, the bounds α, β ≥ 0, borrowing, the Huber grid.</summary>
public sealed class EstimationMethodTests
{
    [Fact]
    public void Least_squares_from_Muennighoffs_start_recovers_an_exact_law()
    {
        var fit = EstimationMethod.LeastSquares.Fit(TrainingCurveFamilies.Five());

        for (var j = 0; j < 5; j++)
            Assert.Equal(TrainingCurveFamilies.Truth[j], fit.Values[j], 1e-6 * TrainingCurveFamilies.Truth[j]);
        Assert.Equal((FitObjective.LeastSquares, 1, 1), (fit.Objective, fit.Starts, fit.ConvergedStarts));
        Assert.True(fit.ObjectiveValue < 1e-20);
    }

    [Fact]
    public void The_objective_is_the_sum_of_squared_raw_residuals()
    {
        var table = TrainingCurveFamilies.Five(loss: (n, d) => ChinchillaLaw.Instance.Predict(TrainingCurveFamilies.Truth, n, d) * (1 + 0.02 * Math.Sin(n / 3e8 + d / 2e10)));

        var fit = EstimationMethod.LeastSquares.Fit(table);
        var direct = table.Rows.Sum(r => Math.Pow(r.Loss - fit.Predict(r.Params, r.Tokens), 2));

        Assert.Equal(direct, fit.ObjectiveValue, 1e-9 * direct);
        Assert.Equal(table.Count, fit.Rows);
    }

    [Fact]
    public void Least_squares_reaches_the_optimum_of_the_full_grid_on_a_well_posed_table()
    {
        var table = TrainingCurveFamilies.Five(loss: (n, d) => ChinchillaLaw.Instance.Predict(TrainingCurveFamilies.Truth, n, d) * (1 + 0.01 * Math.Cos(n / 5e8 + d / 3e10)));

        var ours = EstimationMethod.LeastSquares.Fit(table);
        var grid = new LawFitter(ChinchillaLaw.Instance, FitOptions.Default with { Objective = FitObjective.LeastSquares }).Fit(table);

        Assert.Equal(grid.ObjectiveValue, ours.ObjectiveValue, 1e-8 * grid.ObjectiveValue);
        Assert.Equal(grid["alpha"], ours["alpha"], 1e-4);
    }

    [Fact]
    public void A_negative_exponent_ends_on_its_bound_0_as_the_studys_bounds_require_where_pinning_it_ends()
    {
        // Loss that rises with tokens as 2·D^0.05, fitted from a start near beta = 0: the unbounded optimum is beta = −0.05.
        var table = TrainingCurveFamilies.Five(loss: (n, d) => ChinchillaLaw.Instance.Predict([1.8, 400, 2, 0.34, -0.05], n, d));
        var method = EstimationMethod.LeastSquares with { Options = EstimationMethod.LeastSquares.Options with { Start = [1.5, 300, 1, 0.3, 0.02] } };

        var unbounded = (method with { Options = method.Options with { Constraints = ParameterConstraints.None } }).Fit(table);
        var pinned = (method with { Options = method.Options with { Constraints = ParameterConstraints.None.Fix("beta", 0) } }).Fit(table);
        var fit = method.Fit(table);
        var cell = new EvaluationStudy(new EvaluationSettings { Method = method, ModelCounts = [4], Fractions = [1.0] }).Run(table).Families.Single().Cells.Single();

        Assert.Equal(-0.05, unbounded["beta"], 1e-6);
        Assert.Equal((ParameterRole.Free, BoundHit.Lower, 0.0), (fit.Roles[ChinchillaLaw.Beta], fit.Estimates[ChinchillaLaw.Beta].Bound, fit["beta"]));
        Assert.Equal((ParameterRole.Free, 0.34), (fit.Roles[ChinchillaLaw.Alpha], Math.Round(fit["alpha"], 6)));
        Assert.True(fit.ObjectiveValue > unbounded.ObjectiveValue);
        // The projected solver's answer is pin-and-refit's: the optimum on the face beta = 0, where B·D^0 = B merges
        // with E, so both fits are ill-determined in E and B and agree on their sum.
        Assert.Equal(pinned.ObjectiveValue, fit.ObjectiveValue, 1e-9 * pinned.ObjectiveValue);
        Assert.Equal((FitStatus.IllDetermined, FitStatus.IllDetermined), (pinned.Status, fit.Status));
        Near.Relative(pinned["E"] + pinned["B"], fit["E"] + fit["B"], 1e-6, "E + B");
        foreach (var name in new[] { "A", "alpha" })
            Near.Relative(pinned[name], fit[name], 1e-6, name);
        Assert.Equal((CellStatus.Ok, "beta held at the bound 0."), (cell.Status, cell.Reason));
    }

    [Fact]
    public void Borrowing_holds_A_and_alpha_and_fits_the_rest()
    {
        var method = EstimationMethod.LeastSquares.Borrowing(400, 0.34);

        var fit = method.Fit(TrainingCurveFamilies.Five());

        Assert.Equal(3, method.FreeCount);
        Assert.Equal<ParameterRole>([ParameterRole.Free, ParameterRole.Fixed, ParameterRole.Free, ParameterRole.Fixed, ParameterRole.Free], fit.Roles);
        Assert.Equal(400, fit["A"], 1e-9);
        Assert.Equal(0.34, fit["alpha"]);
        Assert.Equal(1500, fit["B"], 1e-4);
        Assert.Equal(0.30, fit["beta"], 1e-9);
    }

    [Fact]
    public void A_fit_of_another_family_lends_its_A_and_alpha_to_every_cell()
    {
        var source = EstimationMethod.LeastSquares.Fit(TrainingCurveFamilies.Five("donor"));
        var settings = new EvaluationSettings { Method = EstimationMethod.LeastSquares.Borrowing(source), ModelCounts = [2], Fractions = [0.5, 1.0] };

        var cells = new EvaluationStudy(settings).Run(TrainingCurveFamilies.Five("borrower")).Families.Single().Cells;

        Assert.All(cells, c =>
        {
            Assert.Equal(CellStatus.Ok, c.Status);
            Assert.Equal((source["A"], source["alpha"]), (c.Fit!["A"], c.Fit["alpha"]));
            Assert.True(c.Are < 1e-6);
        });
    }

    [Fact]
    public void The_one_model_method_fixes_a_and_alpha_at_Muennighoffs_values()
    {
        var method = EstimationMethod.LeastSquares.OneModel();

        Assert.Equal(Math.Exp(Muennighoff.LogA), method.Options.Constraints.Fixed["A"]);
        Assert.Equal(Muennighoff.Alpha, method.Options.Constraints.Fixed["alpha"]);
        Assert.True(method.FixesSizeTerms);
        Assert.Equal(Muennighoff.Start, method.Options.Start);
    }

    [Fact]
    public void The_huber_grid_cells_run_on_one_thread_and_recover_an_exact_law()
    {
        var settings = new EvaluationSettings { Method = EstimationMethod.HuberGrid, ModelCounts = [3], Fractions = [1.0] };

        var cell = new EvaluationStudy(settings).Run(TrainingCurveFamilies.Five()).Families.Single().Cells.Single();

        Assert.Equal(1, EstimationMethod.HuberGrid.Options.MaxDegreeOfParallelism);
        Assert.Equal((CellStatus.Ok, FitObjective.HuberLog, 243), (cell.Status, cell.Fit!.Objective, cell.Fit.Starts)); // every other grid value: 3⁵
        Assert.True(cell.Are < 1e-4, $"ARE {cell.Are:G3}");
    }
}
