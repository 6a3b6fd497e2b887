using ScalingLaws.IO.Curves;

namespace ScalingLaws.IO.Trackers;

/// <summary>
/// Loss curves from a tracker's runs: the loss is the tag <c>--tag</c> (or <c>--map loss=TAG</c>) names, else the one
/// tag whose name (or last '/' part) is a usual loss name; the learning rate is the tag called <c>lr</c> or
/// <c>learning_rate</c> (last part, any case), linear between logged steps. A run that never logged the loss tag is
/// left out (an eval-only folder beside the training one); a step-0 loss that is zero or not finite is dropped, as
/// trackers log one before training.
/// </summary>
internal static class TrackerCurves
{
    /// <summary>One loss curve per run that logged the loss tag, with its learning rates when logged; <paramref name="path"/> names the input in messages.</summary>
    public static IReadOnlyList<LossCurve> From(IReadOnlyList<TrackerRun> runs, ColumnMap map, string path)
    {
        if (Tags(runs).Count == 0)
            throw new DataFileException(path, "the runs logged no scalar values", "log scalars (tf.summary.scalar, add_scalar, mlflow.log_metric), or give another folder");
        var loss = map.Explicit.TryGetValue(Field.Loss, out var given) ? given : LossTag(runs, path);
        var curves = runs.Where(r => r.Series.ContainsKey(loss)).Select(r => Curve(r, loss)).ToList();
        if (curves.Count == 0)
            throw new DataFileException(path, $"no run logged the tag '{loss}'{EditDistance.DidYouMean(loss, Tags(runs))}", $"pick one of {Listed(Tags(runs))} with --tag TAG");
        return curves;
    }

    private static string LossTag(IReadOnlyList<TrackerRun> runs, string path)
    {
        var tags = Tags(runs);
        var candidates = tags.Where(t => FieldNames.IsAlias(Field.Loss, t) || FieldNames.IsAlias(Field.Loss, LastPart(t))).ToList();
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new DataFileException(path, $"no tag looks like the loss among {Listed(tags)}", "pick the loss with --tag TAG"),
            _ => throw new DataFileException(path, $"tags {DataFileException.Quoted(candidates)} could each be the loss", "pick one with --tag TAG"),
        };
    }

    private static LossCurve Curve(TrackerRun run, string lossTag)
    {
        var points = run.Series[lossTag].ToList();
        var notes = new List<string>();
        if (points.Count > 1 && points[0].Key == 0 && !(double.IsFinite(points[0].Value) && points[0].Value > 0))
        {
            notes.Add($"dropped step 0 of run '{run.Name}': loss {points[0].Value}, logged before training");
            points.RemoveAt(0);
        }
        foreach (var (step, value) in points)
        {
            if (step > int.MaxValue || step < 0)
                throw new DataFileException(run.Source, $"run '{run.Name}' logged '{lossTag}' at step {step}, outside 0 to {int.MaxValue}", "log whole optimizer steps");
            if (!double.IsFinite(value) || value <= 0)
                throw new DataFileException(run.Source, $"run '{run.Name}' logged '{lossTag}' = {value} at step {step}; a loss must be a positive finite number", "leave the run out, or pick another tag with --tag");
        }
        var rate = RateTag(run);
        var schedule = rate is null ? null : LearningRateSchedule.FromPoints(
            [.. run.Series[rate].Keys.Select(s => (int)Math.Min(s, int.MaxValue))], [.. run.Series[rate].Values],
            $"the '{rate}' tag, linear between logged steps, with a linear warm-up from 0 at step 0 to the first logged step");
        return new LossCurve(run.Name, points.Select(p => (int)p.Key), points.Select(p => p.Value), schedule, source: run.Source) { Notes = [.. notes] };
    }

    private static string? RateTag(TrackerRun run)
    {
        var rates = run.Series.Keys.Where(t => LossCurveReader.IsRateHeader(LastPart(t))).ToList();
        return rates.Count <= 1 ? rates.SingleOrDefault()
            : throw new DataFileException(run.Source, $"tags {DataFileException.Quoted(rates)} of run '{run.Name}' could each be the learning rate", "log one of them");
    }

    private static List<string> Tags(IReadOnlyList<TrackerRun> runs) => [.. runs.SelectMany(r => r.Series.Keys).Distinct().Order(StringComparer.Ordinal)];

    private static string LastPart(string tag) => tag[(tag.LastIndexOf('/') + 1)..];

    // A run may log hundreds of tags; messages name the first few.
    private static string Listed(List<string> tags) =>
        tags.Count == 0 ? "no scalar tags" : DataFileException.Quoted(tags.Take(12)) + (tags.Count > 12 ? $" and {tags.Count - 12} more" : "");
}
