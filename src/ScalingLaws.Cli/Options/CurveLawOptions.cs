using System.CommandLine;
using ScalingLaws.Curves;

namespace ScalingLaws.Cli.Options;

/// <summary>The loss-curve law to fit (--law).</summary>
internal sealed class CurveLawOptions
{
    /// <summary>Fitted per token position from per-position losses by its own command, not here.</summary>
    public const string Temporal = "temporal";

    public Option<string> Law { get; } = new("--law")
    {
        Description = $"Law to fit: {string.Join(", ", CurveLawCatalog.Names)} (the temporal law: 'scaling curve temporal').",
        DefaultValueFactory = _ => MultiPowerLaw.Instance.Name,
    };

    public void AddTo(Command command) => command.Options.Add(Law);

    public CurveLaw Create(ParseResult parse)
    {
        var name = parse.GetValue(Law)!;
        if (string.Equals(name.Trim(), Temporal, StringComparison.OrdinalIgnoreCase))
            throw new ScalingLawsException("--law temporal: the temporal law is fitted to per-position losses by its own command; run 'scaling curve temporal FILE'.");
        return CurveLawCatalog.Find(name);
    }
}
