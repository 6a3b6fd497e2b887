using ScalingLaws.IO.Selection;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Cli.Options;

/// <summary>
/// How commands that use a law get it: a law file (<c>--law-file</c>), a law by value (<c>--law-spec</c>), or a law
/// kind with its published constants (<c>--law chinchilla</c>: the same option name as the kind <c>fit --law</c> fits).
/// </summary>
internal sealed class LawOptions : IOptionGroup
{
    public Option<string?> File { get; } = new("--law-file") { Description = "A law file written by 'scaling fit --out'." };

    public Option<string?> Spec { get; } = new("--law-spec")
    {
        Description = "A law by value, e.g. \"chinchilla:E=1.82,A=482,B=2085,alpha=0.348,beta=0.366\".",
    };

    public Option<string?> Kind { get; } = new Option<string?>("--law")
    {
        Description = "A law kind with its published constants: chinchilla (Hoffmann et al. 2022), kaplan (Kaplan et al. 2020) or data-constrained (Muennighoff et al. 2023).",
    }.CheckedBy(kind => Published(kind)).Listing(PublishedKinds);

    // The kinds --law takes: those with published constants.
    private static IEnumerable<string> PublishedKinds => LawCatalog.Names.Where(n => PublishedConstants.For(LawCatalog.Create(n)) is not null);

    public void AddTo(Command command)
    {
        command.AddAll(File, Spec, Kind);
    }

    /// <summary>The law given by exactly one of the two options, its values, and its bootstrap if the file has one.</summary>
    public (string Source, ScalingLaw Law, double[] Values, BootstrapResult? Bootstrap) Open(ParseResult parse)
    {
        var (source, law, values, bootstrap, _, _) = OpenPredictive(parse);
        return (source, law, values, bootstrap);
    }

    /// <summary>
    /// As <see cref="Open"/>, with the predictive model the law file carries (null for a law by value or an older law file) and
    /// the rows its fit selected (its families and filters; null for a law by value or a fit of every row).
    /// </summary>
    public (string Source, ScalingLaw Law, double[] Values, BootstrapResult? Bootstrap, PredictiveModel? Predictive, SelectionSummary? Fitted) OpenPredictive(ParseResult parse)
    {
        var (file, spec, kind) = (parse.GetValue(File), parse.GetValue(Spec), parse.GetValue(Kind));
        var (source, document) = (file, spec, kind) switch
        {
            (not null, null, null) => (file, LawFile.RequireUsable(LawFile.Read(file), file)),
            (null, not null, null) => ("--law-spec", LawSpec.Parse(spec)),
            (null, null, not null) => Published(kind),
            _ => throw new ScalingLawsException("give exactly one of --law-file FIT.json, --law-spec \"NAME:P=V,...\" or --law chinchilla|kaplan|data-constrained."),
        };
        var (law, values, bootstrap) = LawFile.Open(document, source);
        return (source, law, values, bootstrap, LawFile.OpenPredictive(document, law, source), document.Selection);
    }

    // "--law chinchilla (Hoffmann et al. 2022, Approach 3)": where the constants come from, for the output.
    private static (string, LawDocument) Published(string kind)
    {
        // A law by value or a kind without constants gets its own advice from LawSpec; any other name the list.
        if (!kind.Contains(':') && !LawCatalog.Names.Contains(kind.Trim(), StringComparer.OrdinalIgnoreCase))
            throw new ScalingLawsException(ChoiceOption.Refusal(kind, "--law", PublishedKinds));
        var (document, origin) = LawSpec.Published(kind);
        return ($"--law {kind.Trim()} ({origin})", document);
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
        var (source, law, values, bootstrap, predictive, _) = OpenPredictive(parse);
        return (source, RequireChinchilla(source, law, values, command), bootstrap, predictive);
    }

    /// <summary>The compute-optimal allocation of a Chinchilla law; any other law is refused in one line.</summary>
    public static ComputeOptimal RequireChinchilla(string source, ScalingLaw law, double[] values, string command)
    {
        if (law is not ChinchillaLaw)
            throw new ScalingLawsException(
                $"{source}: scaling {command} needs a chinchilla law ({ChinchillaLaw.Instance.Formula}), but this is a {law.Name} law; fit one with 'scaling fit DATA --law chinchilla --out FIT.json'.");
        return Sourced(source, () => new ComputeOptimal(values));
    }

    /// <summary>What <paramref name="open"/> makes of a law's constants; a refusal of them names <paramref name="source"/>, where they came from.</summary>
    public static T Sourced<T>(string source, Func<T> open)
    {
        try
        {
            return open();
        }
        catch (ScalingLawsException e)
        {
            throw new ScalingLawsException($"{source}: {e.Message}");
        }
    }
}
