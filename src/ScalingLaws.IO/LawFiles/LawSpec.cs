using ScalingLaws.Laws;

namespace ScalingLaws.IO.LawFiles;

/// <summary>
/// A law written inline: <c>chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28</c>, or for a
/// one-variable law <c>power:x=flops,E=1.7,A=30,alpha=0.05</c>.
/// </summary>
public static class LawSpec
{
    /// <summary>A law given by value, e.g. <c>chinchilla:E=1.69,A=406.4,...</c>, as a law document.</summary>
    public static LawDocument Parse(string text)
    {
        var colon = text.IndexOf(':');
        if (colon < 0)
            throw Error(text, "expected NAME:P=V,P=V,...");
        var name = text[..colon].Trim();
        var assignments = text[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.Split('=', 2, StringSplitOptions.TrimEntries))
            .ToList();
        if (assignments.Select((a, i) => (a, i)).FirstOrDefault(t => t.a.Length != 2) is ({ } bare, var at))
            throw Error(text, at > 0 && assignments[at - 1] is [var p, var v] && Quantity.WithDecimalPoint($"{v},{bare[0]}") is { } point
                ? $"'{bare[0]}' is not P=V: commas separate parameters here, so {p}={v},{bare[0]} has a decimal comma; write {p}={point}"
                : $"each parameter must be written P=V, and '{string.Join('=', bare)}' is not");
        var x = assignments.FirstOrDefault(a => a[0] == "x")?[1];
        var input = x is null ? Field.Params : FieldNames.Find(x) ?? throw Error(text, $"x = '{x}' is not params, tokens or flops");
        var law = LawCatalog.Create(name, input);
        var named = assignments.Where(a => a[0] != "x").ToList();
        if (named.GroupBy(a => a[0], StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw Error(text, $"{twice.Key} is given {twice.Count()} times; give each parameter once");
        var given = named.ToDictionary(a => a[0], a => a[1], StringComparer.OrdinalIgnoreCase);
        foreach (var key in given.Keys.Where(k => law.IndexOf(k) < 0))
            throw Error(text, $"unknown parameter '{key}' for the {law.Name} law; its parameters are {ParameterList(law)}");
        var values = law.Parameters.Select(p => given.TryGetValue(p.Name, out var v)
            ? (Quantity.TryParse(v, out var value) ? value : throw Error(text, $"{p.Name} = '{v}' is not a number; write e.g. {p.Name}=0.34 or {p.Name}=406.4"))
            : throw Error(text, $"missing {p.Name}; the {law.Name} law needs {ParameterList(law)}")).ToArray();
        return LawDocument.FromValues(law, values);
    }

    /// <summary>A law kind with the constants it was published with (<see cref="PublishedConstants"/>), e.g. <c>chinchilla</c>.</summary>
    public static (LawDocument Law, string Source) Published(string kind)
    {
        if (kind.Contains(':'))
            throw new ScalingLawsException($"--law \"{kind}\": a law by value is now given with --law-spec \"{kind}\"; --law takes a law kind with its published constants (chinchilla, kaplan).");
        var law = LawCatalog.Create(kind.Trim());
        var (values, source) = PublishedConstants.For(law)
            ?? throw new ScalingLawsException($"--law {kind}: the {law.Name} law has no published constants; give its values with --law-spec \"{law.Name}:x=flops,{ParameterList(law).Replace(", ", "=…,")}=…\" or a law file with --law-file.");
        return (LawDocument.FromValues(law, values), source);
    }

    private static string ParameterList(ScalingLaw law) => string.Join(", ", law.Parameters.Select(p => p.Name));

    private static ScalingLawsException Error(string text, string problem) =>
        new($"--law-spec \"{text}\": {problem}.");
}
