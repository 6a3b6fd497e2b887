using System.CommandLine;
using ScalingLaws.IO;
using ScalingLaws.Training.Corpus;
using ScalingLaws.Training.Study;

namespace ScalingLaws.Cli.Options;

/// <summary>What a study trains on: a text file as byte tokens (<c>--corpus</c>), or the synthetic language with a known entropy (<c>--synthetic</c>, the default).</summary>
internal sealed class DataOptions
{
    public Option<string?> Corpus { get; } = new("--corpus") { Description = "A text file; its bytes are the tokens (vocabulary 256), the last 10% held out." };

    public Option<bool> Synthetic { get; } = new("--synthetic") { Description = "The synthetic topic-Markov language, whose exact entropy rate is known (the default)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Corpus);
        command.Options.Add(Synthetic);
    }

    public StudyData Open(ParseResult parse, StudySpec spec)
    {
        var corpus = parse.GetValue(Corpus);
        if (corpus is not null && parse.GetValue(Synthetic))
            throw new ScalingLawsException("give either --corpus FILE or --synthetic, not both.");
        if (corpus is null)
            return new StudyData(new SyntheticLanguage(seed: spec.Seed));
        InputFile.Check(corpus, "a text file"); // a FIFO or device would never end
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(corpus);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScalingLawsException($"{corpus}: cannot read the corpus ({e.Message}); check the path.");
        }
        return new StudyData(new TextCorpus(corpus, bytes, spec.Sequences, spec.Context + 1, spec.Seed));
    }
}
