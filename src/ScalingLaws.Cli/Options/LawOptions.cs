using System.CommandLine;
using ScalingLaws.IO.LawFiles;
using ScalingLaws.Laws;
using ScalingLaws.Planning;
using ScalingLaws.Prediction;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Cli.Options;

/// <summary>How commands that use a law get it: a law file (<c>--law-file</c>) or a law by value (<c>--law</c>).</summary>
internal sealed class LawOptions
{
    public Option<string?> File { get; } = new("--law-file") { Description = "A law file written by 'scaling fit --out'." };

    public Option<string?> Spec { get; } = new("--law")
    {
        Description = "A law by value, e.g. \"chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28\".",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(File);
        command.Options.Add(Spec);
    }

    /// <summary>The law given by exactly one of the two options, its values, and its bootstrap if the file has one.</summary>
    public (string Source, ScalingLaw Law, double[] Values, BootstrapResult? Bootstrap) Open(ParseResult parse)
    {
        var (source, law, values, bootstrap, _) = OpenPredictive(parse);
        return (source, law, values, bootstrap);
    }

    /// <summary>As <see cref="Open"/>, with the predictive model the law file carries (null for a law by value or an older law file).</summary>
    public (string Source, ScalingLaw Law, double[] Values, BootstrapResult? Bootstrap, PredictiveModel? Predictive) OpenPredictive(ParseResult parse)
    {
        var (file, spec) = (parse.GetValue(File), parse.GetValue(Spec));
        var (source, document) = (file, spec) switch
        {
            (not null, null) => (file, LawFile.Read(file)),
            (null, not null) => ("--law", LawSpec.Parse(spec)),
            _ => throw new ScalingLawsException("give exactly one of --law-file FIT.json or --law \"NAME:P=V,...\"."),
        };
        var (law, values, bootstrap) = LawFile.Open(document, source);
        return (source, law, values, bootstrap, LawFile.OpenPredictive(document, law, source));
    }

    /// <summary>As <see cref="Open"/>, for commands that need a Chinchilla law.</summary>
    public (string Source, ComputeOptimal Law, BootstrapResult? Bootstrap) OpenChinchilla(ParseResult parse, string command)
    {
        var (source, law, bootstrap, _) = OpenChinchillaPredictive(parse, command);
        return (source, law, bootstrap);
    }

    /// <summary>As <see cref="OpenChinchilla"/>, with the law file's predictive model when it has one.</summary>
    public (string Source, ComputeOptimal Law, BootstrapResult? Bootstrap, PredictiveModel? Predictive) OpenChinchillaPredictive(ParseResult parse, string command)
    {
        var (source, law, values, bootstrap, predictive) = OpenPredictive(parse);
        if (law is not ChinchillaLaw)
            throw new ScalingLawsException(
                $"{source}: scaling {command} needs a chinchilla law ({ChinchillaLaw.Instance.Formula}), but this is a {law.Name} law; fit one with 'scaling fit DATA --law chinchilla --out FIT.json'.");
        return (source, new ComputeOptimal(values), bootstrap, predictive);
    }
}
