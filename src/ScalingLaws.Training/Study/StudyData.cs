using ScalingLaws.Training.Corpus;
using ScalingLaws.Training.Store;

namespace ScalingLaws.Training.Study;

/// <summary>The data of a study, and what is known of its entropy.</summary>
public sealed record StudyData(ITrainingData Data)
{
    /// <summary>The manifest of a study of these runs on this data, with the Bayes losses of the held-out sequences when the entropy is known.</summary>
    public StudyManifest Manifest(StudySpec spec, IReadOnlyList<PlannedRun> runs)
    {
        if (Data is not SyntheticLanguage language)
            return StudyManifest.Create(spec, Data.Description, null, null, runs);
        // The trainer measures on these same held-out sequences (whole batches of them), so the Bayes losses pair with the models'.
        var sequences = (spec.EvaluationSequences + spec.Sequences - 1) / spec.Sequences * spec.Sequences;
        var tokens = new int[sequences * (spec.Context + 1)];
        language.HeldOut(sequences, spec.Context + 1, tokens);
        return StudyManifest.Create(spec, Data.Description, language.EntropyRate, language.BayesLosses(tokens, sequences, spec.Context + 1), runs);
    }
}
