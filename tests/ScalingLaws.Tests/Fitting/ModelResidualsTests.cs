using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Fitting;

/// <summary>
/// The residuals' normal equations are summed with vectors across a row's entries; each entry must still be the same
/// sequence of additions as the plain row-by-row loop, so fits (and every study number) are unchanged to the bit.
/// </summary>
public sealed class ModelResidualsTests
{
    public static TheoryData<string> Layouts => ["free, projected bounds (the study)", "bounds by a change of variables", "alpha tied to beta", "A and alpha fixed"];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Its_normal_equations_equal_the_row_by_row_sums_to_the_bit(string kind)
    {
        // 48 × 50 rows: more than one 1,024-row block, so the sums also carry across blocks.
        var table = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01, sizes: 48, tokenCounts: 50);
        var layout = Layout(kind);
        var model = new ScalingLawModel(ChinchillaLaw.Instance, FitData.Create(table, ChinchillaLaw.Instance));
        var residuals = new ModelResiduals(model, layout);
        var z = layout.Compress(ChinchillaLaw.Instance.ToInternal([1.7, 350, 1800, 0.31, 0.29]));
        var k = layout.FreeCount;
        double[] normal = new double[k * k], gradient = new double[k], expectedNormal = new double[k * k], expectedGradient = new double[k];

        var cost = residuals.Evaluate(z, normal, gradient);
        var expectedCost = RowByRow(model, layout, z, expectedNormal, expectedGradient);

        Assert.True(table.Count > 1024);
        Assert.Equal(expectedCost, cost);
        Assert.Equal(expectedNormal, normal);
        Assert.Equal(expectedGradient, gradient);
        Assert.Equal(cost, residuals.Evaluate(z, [], []));
    }

    [Fact]
    public void An_evaluation_allocates_nothing()
    {
        var table = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01);
        var layout = Layout("free, projected bounds (the study)");
        var residuals = new ModelResiduals(new ScalingLawModel(ChinchillaLaw.Instance, FitData.Create(table, ChinchillaLaw.Instance)), layout);
        var z = layout.Compress(ChinchillaLaw.Instance.ToInternal(Synthetic.Chinchilla));
        double[] normal = new double[25], gradient = new double[5];
        residuals.Evaluate(z, normal, gradient);

        var before = GC.GetAllocatedBytesForCurrentThread();
        residuals.Evaluate(z, normal, gradient);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static ParameterLayout Layout(string kind)
    {
        var parameters = ChinchillaLaw.Instance.Parameters;
        var bounded = ParameterConstraints.None.Bound("alpha", 0, double.PositiveInfinity).Bound("beta", 0, 2);
        return kind switch
        {
            "free, projected bounds (the study)" => ParameterLayout.Create(parameters, bounded, handling: BoundHandling.Projected),
            "bounds by a change of variables" => ParameterLayout.Create(parameters, bounded),
            "alpha tied to beta" => ParameterLayout.Create(parameters, ParameterConstraints.None.Tie("alpha", "beta")),
            _ => ParameterLayout.Create(parameters, ParameterConstraints.None.Fix("A", 400).Fix("alpha", 0.33)),
        };
    }

    // The plain loop: each row's Jacobian times its chain factor, collapsed onto z by the layout, every entry of JᵀJ
    // and Jᵀr added row after row.
    private static double RowByRow(ScalingLawModel model, ParameterLayout layout, double[] z, double[] normal, double[] gradient)
    {
        var (k, free) = (layout.ParameterCount, layout.FreeCount);
        var theta = new double[k];
        layout.Expand(z, theta);
        double[] thetaRow = new double[k], zRow = new double[free];
        var observed = model.Observed.Span;
        var sum = 0.0;
        for (var block = 0; block < model.BlockCount; block++)
        {
            var (start, n) = model.Block(block);
            double[] prediction = new double[n], jacobian = new double[k * n];
            model.Predict(theta, block, prediction, jacobian, []);
            for (var i = 0; i < n; i++)
            {
                var raw = Math.Exp(prediction[i]);
                var r = raw - observed[start + i];
                sum += r * r;
                for (var j = 0; j < k; j++)
                    thetaRow[j] = jacobian[j * n + i] * raw;
                layout.Collapse(z, thetaRow, zRow);
                for (var s = 0; s < free; s++)
                {
                    gradient[s] += zRow[s] * r;
                    for (var t = 0; t < free; t++)
                        normal[s * free + t] += zRow[s] * zRow[t];
                }
            }
        }
        return sum;
    }
}
