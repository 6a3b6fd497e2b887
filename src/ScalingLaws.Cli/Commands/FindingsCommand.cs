using ScalingLaws.Estimation.Findings;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling findings FILE</c> or <c>--dataset NAME</c>: the estimation study's findings per family (the 10B-token
/// cut, the number of models, partial training of the target, borrowed exponents), each with the
/// numbers behind it and whether it agrees with the paper's claim.
/// </summary>
internal static class FindingsCommand
{
    public static Command Create(CliConsole console)
    {
        var study = new StudyOptions();
        var answer = new AnswerOptions();
        var command = new Command("findings",
            "The estimation study's findings (Choshen et al. 2024) with the numbers behind them: the 10B-token cut, how many models,\n" +
            "training the target partly, borrowed exponents; each judged against the paper's claim.\n\n" +
            "Example:\n  scaling findings my_runs.csv\n  scaling findings --dataset opt\n  scaling findings --dataset gpt3 --json")
        {
            study, answer
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            var (name, runs) = study.Load(parse);
            var method = study.Method(parse);
            IReadOnlyList<FamilyFindings> findings;
            using (var bar = ProgressBar.For(console, answer.Silent(parse)))
                findings = new FindingsStudy(new FindingsSettings { Method = method, MinTokens = study.Cut(parse), Progress = bar }).Run(runs.Table, cancellation);
            console.Answer(answer.IsJson(parse),
                () => SelectionJson.Serialize(FindingsView.Json(name, method.Name, findings), runs),
                ansi => FindingsView.Write(ansi, name, runs.Table.Notes, method.Name, findings));
            if (!UnscoredStudy.Applies(findings))
                return 0;
            console.Error.WriteLine(UnscoredStudy.FindingsWarning(runs.Table, study.Cut(parse)));
            return FitExit.Unusable;
        });
    }
}
