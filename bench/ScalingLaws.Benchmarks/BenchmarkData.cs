using ScalingLaws.IO;
using ScalingLaws.IO.Datasets;
using ScalingLaws.Simulation;

namespace ScalingLaws.Benchmarks;

/// <summary>The tables the benchmarks fit: Epoch's Chinchilla data and a seeded synthetic Chinchilla table.</summary>
public static class BenchmarkData
{
    /// <summary>The folder holding ScalingLaws.slnx, found by walking up from the binaries.</summary>
    public static string RepositoryRoot { get; } = DataDirectory.RepositoryAbove(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No {DataDirectory.SolutionFile} above {AppContext.BaseDirectory}.");

    /// <summary>The shared datasets, next to the repository.</summary>
    public static string SharedData => DataDirectory.BesideRepository(RepositoryRoot);

    /// <summary>Epoch's digitised Chinchilla points (shared/data, next to the repository).</summary>
    public static string ChinchillaCsv =>
        Path.Combine(SharedData, "chinchilla-epoch", "svg_extracted_data.csv");

    /// <summary>Epoch's table less the 5 highest-loss rows, as in the replication: 240 rows.</summary>
    public static ObservationTable Chinchilla()
    {
        var table = RowRules.DropHighestLoss(TableReader.Read(ChinchillaCsv), 5);
        if (table.Count != 240)
            throw new InvalidOperationException($"{ChinchillaCsv}: expected 240 rows after dropping the 5 highest losses, got {table.Count}.");
        return table;
    }

    /// <summary>
    /// L = E + A/N^α + B/D^β with E = 1.8, A = 400, B = 1500, α = 0.33, β = 0.30, times log-normal
    /// noise (σ = 1%); N log-uniform in [1e7, 1e10], D log-uniform in [1e8, 1e12]. Seeded: the same
    /// rows on every run.
    /// </summary>
    public static ObservationTable Synthetic(int rows = 1_000_000, int seed = 1234)
    {
        const double e = 1.8, a = 400, b = 1500, alpha = 0.33, beta = 0.30, sigma = 0.01;
        var random = new Random(seed);
        var observations = new Observation[rows];
        for (var i = 0; i < rows; i++)
        {
            var n = LogUniform(random, 1e7, 1e10);
            var d = LogUniform(random, 1e8, 1e12);
            var loss = (e + a / Math.Pow(n, alpha) + b / Math.Pow(d, beta)) * Math.Exp(sigma * StandardNormal.Draw(random));
            observations[i] = new Observation(n, d, 6 * n * d, loss, SourceRow: i + 1);
        }
        return new ObservationTable(observations, $"synthetic-chinchilla-{rows}");
    }

    private static double LogUniform(Random random, double low, double high) =>
        Math.Exp(Math.Log(low) + random.NextDouble() * (Math.Log(high) - Math.Log(low)));
}
