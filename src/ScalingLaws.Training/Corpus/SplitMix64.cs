namespace ScalingLaws.Training.Corpus;

/// <summary>A small, fast, seedable generator (Steele, Lea and Flood 2014) whose stream is fixed by its seed on every platform.</summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for stream <paramref name="index"/> of <paramref name="seed"/>, e.g. one per training batch.</summary>
    public static SplitMix64 For(long seed, long index, ulong purpose = 0)
    {
        var mixer = new SplitMix64((ulong)seed ^ (purpose * 0xD1B54A32D192ED03UL));
        mixer._state += (ulong)index * 0x9E3779B97F4A7C15UL;
        return new SplitMix64(mixer.NextULong());
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform on 0 … n − 1.</summary>
    public int Next(int n) => (int)(NextDouble() * n);
}
