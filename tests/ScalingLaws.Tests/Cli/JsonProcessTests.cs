namespace ScalingLaws.Tests.Cli;

/// <summary>
/// Each kind of <c>--json</c> document, printed by the binary as a child process, is byte for byte what the command
/// prints in process. Under SCALING_NATIVE (as .ci/run runs) the child is the NativeAOT binary, so this compares its
/// source-generated serialization with the JIT build's: a type missing from a JsonSerializerContext fails here.
/// </summary>
public sealed class JsonProcessTests
{
    private const string Law = "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28";

    public static TheoryData<string[]> Commands => new()
    {
        { ["predict", "--law-spec", Law, "--params", "70B", "1T", "--tokens", "1.4T", "20T", "--json"] },
        { ["optimal", "--law", "chinchilla", "--flops", "5.88e23", "--gpu", "H100", "--mfu", "0.4", "--gpus", "1024", "--price", "2", "--json"] },
        { ["inference", "--law-spec", Law, "--target-loss", "2.0453", "--inference-tokens", "2e12", "--gpu", "H100", "--mfu", "0.4", "--json"] }, // JsonNode pieces
        { ["isoflop", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--json"] }, // with the selection object added
        { ["evaluate", "--dataset", "opt", "--models", "3", "--json"] }, // one of two shapes, typed object
        { ["plan", "--params", "7B", "--tokens", "2T", "--sweep-budget", "0.1", "--evidence", "none", "--json"] },
        { ["datasets", "list", "--json"] },
        { ["curve", "fit", "--dataset", "multipower-400M", "--law", "tissue", "--fit-runs", "cosine_24000", "--json"] }, // IO's curve-law document
        { ["curve", "rank", "--dataset", "multipower-400M", "--run", "constant_24000,cosine_24000", "--pool", "--fit-fraction", "0.3", "--json"] },
        { ["downstream", "backtest", "--dataset", "pythia-tasks", "--task", "all", "--fit-up-to", "1.5B", "--json"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_process_prints_the_json_it_prints_in_process(string[] args)
    {
        var process = ScalingProcess.RunProcess(args);
        Assert.StartsWith("{", process.Stdout);
        Assert.Equal(ScalingProcess.Run(args).Stdout, process.Stdout);
    }
}
