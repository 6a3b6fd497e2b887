namespace ScalingLaws.Cli.Options;

/// <summary>The loss-curve law to fit (--law).</summary>
internal sealed class CurveLawOptions : IOptionGroup
{
    /// <summary>Fitted to per-position losses (FILE in the per-position format), not to loss curves.</summary>
    public const string Temporal = "temporal";

    public Option<Choice<string>> Law { get; } = ChoiceOption.Names(
        "--law", $"Law to fit: {string.Join(", ", CurveLawCatalog.Names)} ('scaling curve fit' also takes temporal, for a per-position FILE).",
        [.. CurveLawCatalog.Names, Temporal], MultiPowerLaw.Instance.Name);

    public void AddTo(Command command) => command.Options.Add(Law);

    /// <summary>True for --law temporal, which reads per-position losses instead of loss curves.</summary>
    public bool IsTemporal(ParseResult parse) => parse.GetValue(Law)!.Value == Temporal;

    public CurveLaw Create(ParseResult parse) => IsTemporal(parse)
        ? throw new ScalingLawsException("--law temporal reads per-position losses: use 'scaling curve fit FILE --law temporal' or 'scaling curve temporal FILE' (and 'scaling plot positions' for its figure).")
        : CurveLawCatalog.Find(parse.GetValue(Law)!.Value);
}
