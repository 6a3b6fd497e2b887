using ScalingLaws.Data;
using ScalingLaws.Estimation;
using ScalingLaws.Optimization;

namespace ScalingLaws.Tests.Estimation;

/// <summary>How one cell of the study reports a fit that did not converge.</summary>
public sealed class CellRunnerTests
{
    [Fact]
    public void A_fit_that_did_not_converge_is_reported_without_remedies_the_study_does_not_take()
    {
        // Two LM iterations from Muennighoff's start cannot reach the minimum: the cell fails at the iteration limit. Before,
        // its reason ended "fix a parameter with ParameterConstraints.Fix, raise LbfgsSettings.MaxIterations", the library's
        // names, which 'scaling evaluate' printed and which none of its options set.
        var table = TrainingCurveFamilies.Five();
        var method = EstimationMethod.LeastSquares with { Options = EstimationMethod.LeastSquares.Options with { Optimizer = new LbfgsSettings { MaxIterations = 2 } } };
        var train = new ObservationTable(table.Rows.Where(r => r.Params < 1e10), "five");
        var test = new ObservationTable(table.Rows.Where(r => r.Params > 1e10), "five");

        var outcome = CellRunner.Run(train, method, test, CancellationToken.None);

        Assert.Equal(CellStatus.Failed, outcome.Status);
        Assert.Equal("the chinchilla fit converged from none of 1 start (1 hit the iteration limit).", outcome.Reason);
    }
}
