namespace ScalingLaws;

/// <summary>What a <c>maxDegreeOfParallelism</c> means across the library, decided once.</summary>
internal static class Parallelism
{
    /// <summary>How many cores a requested degree uses: itself when positive, every core for 0 or −1 (no limit given).</summary>
    public static int Cores(int maxDegreeOfParallelism) =>
        maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;

    /// <summary>Refuses a settings record's degree below 1, which Parallel.For would take as "no limit" (−1) or refuse in its own words.</summary>
    public static void CheckDegree(int maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism < 1)
            throw new ScalingLawsException("the degree of parallelism must be at least 1.");
    }
}
