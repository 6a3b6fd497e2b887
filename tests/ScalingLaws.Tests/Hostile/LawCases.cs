using System.Text;
using System.Text.Json.Nodes;

namespace ScalingLaws.Tests.Hostile;

/// <summary>Laws given by value (<c>--law</c>) and law files (<c>--law-file</c>) that are broken, out of the law's domain, ambiguous or of another kind.</summary>
internal static class LawCases
{
    private const string Good = "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28";

    private static readonly string[] Predict = ["predict", "--params", "1e9", "--tokens", "2e10"];

    private static readonly (string Name, string Spec, string Names)[] Specs =
    [
        ("spec-twice", "chinchilla:E=1.69,E=2,A=406.4,B=410.7,alpha=0.34,beta=0.28", "E is given 2 times"),
        ("spec-twice-case", "chinchilla:E=1.69,e=2,A=406.4,B=410.7,alpha=0.34,beta=0.28", "given 2 times"),
        ("spec-negative-exponent", "chinchilla:E=1.69,A=406.4,B=410.7,alpha=-0.34,beta=0.28", "alpha"),
        ("spec-huge-exponent", "chinchilla:E=1.69,A=406.4,B=410.7,alpha=340,beta=0.28", "alpha"),
        ("spec-negative-constant", "chinchilla:E=-1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28", "E = -1.69"),
        ("spec-zero-constant", "chinchilla:E=1.69,A=0,B=410.7,alpha=0.34,beta=0.28", "A = 0"),
        ("spec-absurd-constant", "chinchilla:E=1.69,A=1e308,B=410.7,alpha=0.34,beta=0.28", "A = 1e308"),
        ("spec-nan", "chinchilla:E=NaN,A=406.4,B=410.7,alpha=0.34,beta=0.28", "E"),
        ("spec-infinity", "chinchilla:E=1.69,A=Infinity,B=410.7,alpha=0.34,beta=0.28", "A"),
        ("spec-text-value", "chinchilla:E=abc,A=406.4,B=410.7,alpha=0.34,beta=0.28", "E = 'abc'"),
        ("spec-empty-value", "chinchilla:E=,A=406.4,B=410.7,alpha=0.34,beta=0.28", "E"),
        ("spec-unknown-parameter", Good + ",gamma=1", "gamma"),
        ("spec-missing-parameter", "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34", "beta"),
        ("spec-unknown-law", "chinchila:E=1.69", "chinchila"),
        ("spec-no-colon", "chinchilla", "--law"),
        ("spec-no-equals", "chinchilla:E1.69,A=406.4", "P=V"),
        ("spec-empty", "", "--law"),
        ("spec-bad-input", "power:x=params2,E=1.7,A=30,alpha=0.05", "params2"),
        ("spec-only-colon", ":", "unknown law ''"),
    ];

    public static IEnumerable<HostileCase> Write(string folder)
    {
        var curve = Path.Combine(folder, "law-curve.csv");
        File.WriteAllText(curve, "step,loss\n100,3.2\n200,3.0\n400,2.9\n800,2.8\n");
        foreach (var (name, spec, names) in Specs)
            yield return HostileCase.Refused(name, names, [.. Predict, "--law-spec", spec]);
        foreach (var (name, content, names) in Files())
        {
            var path = Path.Combine(folder, $"law-{name}.json");
            File.WriteAllBytes(path, content);
            yield return HostileCase.Refused($"law file {name}", names ?? path, [.. Predict, "--law-file", path]);
            if (name != "bad-x") // a power law of one input reads as the power loss-curve law, which has the same parameters
                yield return HostileCase.Refused($"curve law file {name}", path, ["curve", "predict", curve, "--law-file", path]);
        }
        // A saved law of the other kind under the same name (power): told apart by what its ranges measure.
        var curveLaw = Path.Combine(folder, "law-curve-power.json");
        File.WriteAllText(curveLaw, PowerLaw("\"step\": [100, 1000]"));
        yield return HostileCase.Refused("law file a curve law given to predict", "its extrapolation block ranges over steps, so it is a loss-curve law: give the file to 'scaling curve predict --law-file'",
            [.. Predict, "--law-file", curveLaw]);
        var sizeLaw = Path.Combine(folder, "law-size-power.json");
        File.WriteAllText(sizeLaw, PowerLaw("\"params\": [1e8, 1.6e9]"));
        yield return HostileCase.Refused("curve law file a law of size given to curve predict", "its extrapolation block ranges over sizes, so it is a law of size and data: give the file to 'scaling predict --law-file'",
            ["curve", "predict", curve, "--law-file", sizeLaw]);
        // A curve law's exponent edited out of the domain --fix holds it to: refused, as a law of size's is, not predicted from.
        foreach (var (name, alpha) in new[] { ("negative-exponent", "-3"), ("exponent-of-a-million", "1e6") })
        {
            var edited = Path.Combine(folder, $"law-curve-{name}.json");
            File.WriteAllText(edited, PowerLaw("\"step\": [100, 1000]").Replace("\"alpha\": 0.3", $"\"alpha\": {alpha}"));
            yield return HostileCase.Refused($"curve law file {name}", $"{edited}: alpha = {alpha} is outside the law's domain; an exponent must be between 0 and 10",
                ["curve", "predict", curve, "--law-file", edited]);
        }
        // A curve whose loss rises (an accuracy) fits the power law with alpha < 0, a law no reader takes: refused as fit --out's, nothing written.
        var rising = Path.Combine(folder, "law-curve-rising.csv");
        File.WriteAllText(rising, "step,loss\n100,0.1\n200,0.2\n300,0.3\n400,0.35\n500,0.4\n600,0.42\n");
        yield return HostileCase.Refused("curve fit of a rising loss --out", "--out " + Path.Combine(folder, "law-curve-rising.json") + " not written: alpha = -0.758122 is outside the law's domain; an exponent must be between 0 and 10",
            ["curve", "fit", rising, "--law", "power", "--out", Path.Combine(folder, "law-curve-rising.json")]);
        var chinchilla = Path.Combine(folder, "law-chinchilla-for-curves.json");
        File.WriteAllBytes(chinchilla, Utf8(Law().ToJsonString()));
        yield return HostileCase.Refused("curve law file a chinchilla law", "not a curve-law file: 'chinchilla' is a law of size and data", ["curve", "predict", curve, "--law-file", chinchilla]);
        foreach (var (name, content) in Readable())
        {
            var path = Path.Combine(folder, $"law-{name}.json");
            File.WriteAllBytes(path, content);
            yield return HostileCase.Lenient($"law file {name}", [.. Predict, "--law-file", path]);
        }
    }

    private static IEnumerable<(string Name, byte[] Content, string? Names)> Files()
    {
        yield return ("empty", [], "empty");
        yield return ("whitespace", Utf8("  \n"), "empty");
        yield return ("binary", [0, 1, 2, 3, 0xFF, 0xFE], null);
        yield return ("truncated", Utf8(Law().ToJsonString()[..40]), null);
        yield return ("array", Utf8("[1, 2, 3]"), null);
        yield return ("null", Utf8("null"), null);
        yield return ("number", Utf8("42"), null);
        yield return ("no-params", Utf8("{\"law\": \"chinchilla\"}"), null);
        yield return ("no-law", Utf8("{\"params\": {\"E\": 1.69}}"), null);
        yield return ("duplicate-parameter", Utf8(Law().ToJsonString().Replace("\"E\":1.69", "\"E\":1.69,\"E\":2")), "given twice");
        yield return ("duplicate-law-key", Utf8(Law().ToJsonString().Replace("\"law\":\"chinchilla\"", "\"law\":\"chinchilla\",\"law\":\"kaplan\"")), "given twice");
        yield return ("parameter-in-two-cases", Utf8(Law(p => p["e"] = 2).ToJsonString()), "E is given 2 times ('E', 'e'); give each parameter once");
        yield return ("unknown-parameter", Utf8(Law(p => p["gamma"] = 1).ToJsonString()), "gamma");
        yield return ("missing-parameter", Utf8(Law(p => p.Remove("beta")).ToJsonString()), "beta");
        yield return ("negative-exponent", Utf8(Law(p => p["alpha"] = -0.34).ToJsonString()), "alpha");
        yield return ("zero-constant", Utf8(Law(p => p["E"] = 0).ToJsonString()), "E = 0");
        yield return ("null-parameter", Utf8(Law(p => p["E"] = null).ToJsonString()), "E");
        yield return ("string-parameter", Utf8(Law(p => p["E"] = "1.69").ToJsonString()), "params.E");
        yield return ("params-array", Utf8("{\"law\": \"chinchilla\", \"params\": [1, 2]}"), "params");
        yield return ("unknown-law", Utf8(Law().ToJsonString().Replace("chinchilla", "chinchila")), "chinchila");
        yield return ("newer-version", Utf8(Law(version: 99).ToJsonString()), "version 99");
        yield return ("short-bootstrap-sample", Utf8(WithBootstrap([[1.69, 406.4]]).ToJsonString()), "bootstrap sample 1");
        yield return ("null-bootstrap-sample", Utf8(WithBootstrap([[1.69, 406.4, 410.7, null, 0.28]]).ToJsonString()), "bootstrap sample 1");
        yield return ("long-bootstrap-sample", Utf8(WithBootstrap([[1.69, 406.4, 410.7, 0.34, 0.28, 9]]).ToJsonString()), "bootstrap sample 1");
        yield return ("status-iteration-limit", Utf8(WithStatus("iteration-limit").ToJsonString()), "did not converge (status iteration-limit)");
        yield return ("status-no-start-converged", Utf8(WithStatus("no-start-converged").ToJsonString()), "did not converge");
        yield return ("status-unknown", Utf8(WithStatus("fine").ToJsonString()), "status 'fine' is not one a fit writes");
        yield return ("bootstrap-sample-out-of-domain", Utf8(WithBootstrap([[-5, 406.4, 410.7, 0.34, 0.28]]).ToJsonString()), "bootstrap sample 1: E = -5");
        yield return ("bootstrap-exponent-out-of-domain", Utf8(WithBootstrap([[1.69, 406.4, 410.7, 0.34, 12]]).ToJsonString()), "bootstrap sample 1: beta = 12");
        yield return ("covariance-negative-variance", Utf8(WithExtrapolation(covariance: Covariance(-1)).ToJsonString()), "negative variance");
        yield return ("covariance-ragged", Utf8(WithExtrapolation(covariance: Covariance(1)[..3]).ToJsonString()), "not a square matrix");
        yield return ("covariance-correlation-beyond-one", Utf8(WithExtrapolation(covariance: Correlated(1.5, 1.5)).ToJsonString()), "gives rows 1 and 2 a correlation of 1.5, beyond ±1");
        yield return ("covariance-asymmetric", Utf8(WithExtrapolation(covariance: Correlated(0.5, -0.5)).ToJsonString()), "is not symmetric (row 1, column 2 is 0.005, row 2, column 1 is -0.005)");
        yield return ("range-reversed", Utf8(WithExtrapolation(paramsRange: [1.6e9, 1e8]).ToJsonString()), "no valid range for params");
        yield return ("error-model-negative", Utf8(WithExtrapolation(sigma0: -1).ToJsonString()), "extrapolation error model");
        yield return ("version-fraction", Utf8(Law().ToJsonString().Replace("{\"law\"", "{\"version\":1.5,\"law\"")), "'version'");
        yield return ("constant-denormal", Utf8(Law(p => p["E"] = 1e-320).ToJsonString()), "outside the law's domain");
        yield return ("exponent-past-limit", Utf8(Law(p => p["beta"] = 11).ToJsonString()), "beta = 11");
        yield return ("trailing-second-document", Utf8(Law().ToJsonString() + "\n{}"), "not valid JSON");
        yield return ("comment", Utf8("// edited by hand\n" + Law().ToJsonString()), "not valid JSON");
        yield return ("bad-x", Utf8("{\"law\": \"power\", \"x\": \"widgets\", \"params\": {\"E\": 1.7, \"A\": 30, \"alpha\": 0.05}}"), "widgets");
    }

    // Hand-written files with only the documented fields, a byte-order mark or a version: read as written.
    private static IEnumerable<(string Name, byte[] Content)> Readable()
    {
        yield return ("minimal", Utf8(Law().ToJsonString()));
        yield return ("with-bom", [0xEF, 0xBB, 0xBF, .. Utf8(Law().ToJsonString())]);
        yield return ("version-1", Utf8(Law(version: 1).ToJsonString()));
        yield return ("with-formula", Utf8(Law(formula: "L = E + A/N^alpha + B/D^beta").ToJsonString()));
        yield return ("status-ill-determined", Utf8(WithStatus("ill-determined").ToJsonString()));
        yield return ("status-at-bound", Utf8(WithStatus("at-bound").ToJsonString()));
        yield return ("upper-case-law-name", Utf8(Law().ToJsonString().Replace("\"chinchilla\"", "\"CHINCHILLA\"")));
        yield return ("with-extrapolation", Utf8(WithExtrapolation().ToJsonString()));
        yield return ("parameter-names-in-another-case", Utf8("{\"law\": \"chinchilla\", \"params\": {\"e\": 1.69, \"a\": 406.4, \"b\": 410.7, \"ALPHA\": 0.34, \"Beta\": 0.28}}"));
    }

    // A power law E + A·x^(−alpha) with an extrapolation block whose one range is <paramref name="range"/>.
    private static string PowerLaw(string range) =>
        "{\"version\": 1, \"law\": \"power\", \"params\": {\"E\": 2, \"A\": 5, \"alpha\": 0.3}, \"extrapolation\": {\"ranges\": {" + range
        + "}, \"sigma0\": 0.01, \"slope\": 0.01, \"multiplier\": 2.9, \"source\": \"prior\", \"cutPoints\": 0, \"runs\": 1}}";

    private static JsonObject Law(Action<JsonObject>? change = null, int? version = null, string? formula = null)
    {
        var parameters = new JsonObject { ["E"] = 1.69, ["A"] = 406.4, ["B"] = 410.7, ["alpha"] = 0.34, ["beta"] = 0.28 };
        change?.Invoke(parameters);
        var law = new JsonObject();
        if (version is not null)
            law["version"] = version;
        law["law"] = "chinchilla";
        if (formula is not null)
            law["formula"] = formula;
        law["params"] = parameters;
        return law;
    }

    private static JsonObject WithStatus(string status)
    {
        var law = Law();
        law["status"] = status;
        return law;
    }

    // The extrapolation block a fit writes (ranges of the fitted runs, the error model, the parameters' covariance), with one part broken.
    private static JsonObject WithExtrapolation(double[][]? covariance = null, double[]? paramsRange = null, double sigma0 = 0.015)
    {
        var law = Law();
        law["extrapolation"] = new JsonObject
        {
            ["ranges"] = new JsonObject
            {
                ["params"] = new JsonArray([.. (paramsRange ?? [1e8, 1.6e9]).Select(v => (JsonNode)v)]),
                ["tokens"] = new JsonArray(2e9, 2e10),
            },
            ["sigma0"] = sigma0,
            ["slope"] = 0.014,
            ["multiplier"] = 2.9,
            ["source"] = "prior",
            ["cutPoints"] = 0,
            ["runs"] = 10,
            ["covariance"] = new JsonArray([.. (covariance ?? Covariance(0.01)).Select(row => (JsonNode)new JsonArray([.. row.Select(v => (JsonNode)v)]))]),
        };
        return law;
    }

    // A 5×5 diagonal covariance whose first variance is <paramref name="first"/>.
    private static double[][] Covariance(double first) =>
        [.. Enumerable.Range(0, 5).Select(i => Enumerable.Range(0, 5).Select(j => i != j ? 0 : i == 0 ? first : 0.01).ToArray())];

    // The diagonal covariance with rows 1 and 2 given covariances <paramref name="upper"/> and <paramref name="lower"/> (variances 0.01).
    private static double[][] Correlated(double upper, double lower)
    {
        var covariance = Covariance(0.01);
        (covariance[0][1], covariance[1][0]) = (upper * 0.01, lower * 0.01);
        return covariance;
    }

    private static JsonObject WithBootstrap(double?[][] samples)
    {
        var law = Law();
        law["bootstrap"] = new JsonObject
        {
            ["resamples"] = samples.Length,
            ["seed"] = 1,
            ["converged"] = samples.Length,
            ["params"] = new JsonObject(),
            ["derived"] = new JsonObject(),
            ["samples"] = new JsonArray([.. samples.Select(s => (JsonNode)new JsonArray([.. s.Select(v => v is null ? null : JsonValue.Create(v.Value))]))]),
        };
        return law;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
