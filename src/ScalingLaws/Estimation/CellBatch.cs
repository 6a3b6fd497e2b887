namespace ScalingLaws.Estimation;

/// <summary>
/// Runs a study's cells: each distinct training window is fitted once (neighbouring fractions
/// often select the same checkpoints), the windows in parallel with one single-threaded fit each, the largest
/// first (a family's biggest windows are neighbours in the grid). Every fit depends only on its rows, so the results
/// do not depend on scheduling.
/// </summary>
internal static class CellBatch
{
    public static IReadOnlyList<FamilyEvaluation> Run(
        IReadOnlyList<ModelFamily> families, Func<ModelFamily, double> target, IEnumerable<CellPlan> plans,
        EstimationMethod method, int maxDegreeOfParallelism, IProgress<WorkProgress>? progress, CancellationToken cancellation)
    {
        var tests = families.ToDictionary(f => f, f => f.Rows(f.Tail(target(f), EvaluationSettings.TestStart)));
        var windows = plans.Select(Window.Of).ToArray();
        var distinct = windows.DistinctBy(w => w.Key).ToArray();
        var outcomes = new CellRunner.Outcome[distinct.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellation };
        var counter = new ProgressCounter(progress, "windows", distinct.Length);
        LargestFirst.Run(distinct.Length, i => distinct[i].Train.Count, parallel, i =>
        {
            outcomes[i] = CellRunner.Run(distinct[i].Train, method, tests[distinct[i].Plan.Family], cancellation);
            counter.Step();
        });
        var byKey = distinct.Select((w, i) => (w.Key, Outcome: outcomes[i])).ToDictionary(x => x.Key, x => x.Outcome);
        return [.. families.Select(family =>
        {
            var size = target(family);
            var cells = windows.Where(w => w.Plan.Family == family).Select(w => w.Cell(byKey[w.Key]));
            return new FamilyEvaluation(family.Name, family.Label(size), size, tests[family].Count, [.. cells]);
        })];
    }

    private sealed record Window(CellPlan Plan, ObservationTable Train, string Key)
    {
        public static Window Of(CellPlan plan)
        {
            var rows = plan.Family.Indices(plan.Train);
            return new Window(plan, plan.Family.Rows(rows), $"{plan.Family.Name}:{string.Join(',', rows)}");
        }

        public EvaluationCell Cell(CellRunner.Outcome outcome) => new()
        {
            K = Plan.K,
            Fraction = Plan.Fraction,
            Sizes = [.. Train.Rows.Select(r => r.Params).Distinct().Order()],
            TrainModel = Plan.TrainModel,
            TrainRows = Train.Count,
            Status = outcome.Status,
            Are = outcome.Are,
            Reason = outcome.Reason,
            Fit = outcome.Fit,
        };
    }
}
