using ScalingLaws.Uncertainty;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// The allocations of <c>scaling optimal</c> and <c>scaling plan run</c>: under a Chinchilla law for budgets, target
/// losses or model sizes (with intervals from the law file: of every quantity from its bootstrap resamples, else of the loss
/// alone as <c>predict</c> gives it; and how far each allocation lies beyond the fitted runs), or under the data-constrained law for budgets with
/// limited unique tokens; each with its cost when a GPU is given.
/// </summary>
internal static class OptimalRows
{
    public static OptimalReport Build(
        string source, ScalingLaw law, double[] values, BootstrapResult? bootstrap, PredictiveModel? predictive,
        double[] budgets, double[] losses, double[] sizes, double? uniqueTokens, CostSettings? cost, string command)
    {
        if (law is DataConstrainedLaw)
        {
            if (uniqueTokens is null || sizes.Length > 0)
                throw new ScalingLawsException($"{source}: a data-constrained law allocates budgets or target losses under limited data: give --flops (or --gpu-hours, --dollars) or --target-loss, and --unique-tokens, e.g. --flops 9.26e21 --unique-tokens 25B.");
            var constrained = new DataConstrainedOptimal(values);
            var limited = budgets.Select(c => OptimalRow.ForConstrained("flops", constrained.ForFlops(c, uniqueTokens.Value)))
                .Concat(losses.Select(l => OptimalRow.ForConstrained("loss", constrained.ForLoss(l, uniqueTokens.Value))))
                .Select(row => predictive is null ? row : row.WithDistance(predictive))
                .Select(row => row.WithCost(cost))
                .ToList();
            return OptimalReport.Of(constrained.Unlimited, limited) with { Cost = CostBasis.Of(cost) };
        }
        if (uniqueTokens is not null)
            throw new ScalingLawsException($"{source}: --unique-tokens needs the data-constrained law (it prices repeated data); use --law data-constrained or a law file fitted with 'scaling fit ... --law data-constrained'.");
        var chinchilla = LawOptions.RequireChinchilla(source, law, values, command);
        var spread = bootstrap is null ? null : new AllocationUncertainty(bootstrap);
        var rows = budgets.Select(c => OptimalRow.ForFlops(c, chinchilla, spread))
            .Concat(losses.Select(l => OptimalRow.ForLoss(l, chinchilla, spread)))
            .Concat(sizes.Select(n => OptimalRow.ForParams(n, chinchilla, spread)))
            .Select(row => predictive is null ? row : row.WithPredictiveLoss(predictive, law, values).WithDistance(predictive))
            .Select(row => row.WithCost(cost))
            .ToList();
        return OptimalReport.Of(chinchilla, rows) with { Cost = CostBasis.Of(cost) };
    }
}
