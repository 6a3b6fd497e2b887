namespace ScalingLaws.Cli.Options;

/// <summary>How a loss-curve law is fitted (--procedure).</summary>
internal sealed class CurveProcedureOptions : IOptionGroup
{
    public Option<Choice<CurveFitProcedure>> Procedure { get; } = ChoiceOption.Create<CurveFitProcedure>(
        "--procedure",
        "minimum: the objective's minimum from several starts (the default for FILE). published: the law's authors' own " +
        "procedure where it differs, the Multi-Power Law repository's initialisation and at most 200 AdamW steps (the default for the multipower datasets).",
        [new("minimum", CurveFitProcedure.Minimum), new("published", CurveFitProcedure.Published)]);

    public void AddTo(Command command) => command.Options.Add(Procedure);

    /// <summary>The options for --procedure, else for the dataset's own procedure, else the minimum.</summary>
    public CurveFitOptions Create(ParseResult parse, CurveFitProcedure? datasetDefault) => CurveFitOptions.Default with
    {
        Procedure = parse.GetValue(Procedure)?.Value ?? datasetDefault ?? CurveFitProcedure.Minimum,
    };
}
