namespace ScalingLaws.Planning;

/// <summary>
/// Compute-optimal allocation under a Chinchilla law L = E + A/N^α + B/D^β and C = 6ND, in closed
/// form (Hoffmann et al. 2022, eq. 4): N*(C) = G·(C/6)^a, D*(C) = G⁻¹·(C/6)^b with a = β/(α+β),
/// b = α/(α+β) and G = (αA/(βB))^(1/(α+β)).
/// </summary>
public sealed class ComputeOptimal
{
    /// <summary>The allocation under a Chinchilla law's values (E, A, B, α, β).</summary>
    public ComputeOptimal(IReadOnlyList<double> chinchillaValues)
    {
        (E, A, B, Alpha, Beta) = (chinchillaValues[ChinchillaLaw.E], chinchillaValues[ChinchillaLaw.A],
            chinchillaValues[ChinchillaLaw.B], chinchillaValues[ChinchillaLaw.Alpha], chinchillaValues[ChinchillaLaw.Beta]);
        var got = $"A = {QuantityFormat.Constant(A)}, B = {QuantityFormat.Constant(B)}, alpha = {QuantityFormat.Constant(Alpha)}, beta = {QuantityFormat.Constant(Beta)}";
        if (!(Alpha > 0 && Beta > 0 && A > 0 && B > 0))
            throw new ScalingLawsException($"compute-optimal allocation needs A, B, alpha and beta above 0 (got {got}): with a term that does not fall with N or D, no allocation is optimal.");
        ParamsExponent = Beta / (Alpha + Beta);
        TokensExponent = Alpha / (Alpha + Beta);
        G = Math.Pow(Alpha * A / (Beta * B), 1 / (Alpha + Beta));
        // A hand-edited B = 1e300 made G = 0, N* = 0 and D* = ∞, answered as a table.
        if (!(G > 0 && double.IsFinite(G)))
            throw new ScalingLawsException($"compute-optimal allocation is beyond the range of a double under {got}: G = (αA/(βB))^(1/(α+β)) = {QuantityFormat.Constant(G)}, so N* or D* would be 0 or infinite; the constants look written wrong.");
    }

    /// <summary>The allocation under a Chinchilla law's values by name.</summary>
    public ComputeOptimal(ChinchillaParameters law)
        : this(law.ToValues())
    {
    }

    /// <summary>The irreducible loss E.</summary>
    public double E { get; }
    /// <summary>The coefficient A of the N term.</summary>
    public double A { get; }
    /// <summary>The coefficient B of the D term.</summary>
    public double B { get; }
    /// <summary>The exponent α of N.</summary>
    public double Alpha { get; }
    /// <summary>The exponent β of D.</summary>
    public double Beta { get; }

    /// <summary>a in N* ∝ C^a.</summary>
    public double ParamsExponent { get; }

    /// <summary>b in D* ∝ C^b.</summary>
    public double TokensExponent { get; }

    /// <summary>G = (αA/(βB))^(1/(α+β)).</summary>
    public double G { get; }

    /// <summary>The law's loss at <paramref name="parameters"/> and <paramref name="tokens"/>.</summary>
    public double Loss(double parameters, double tokens) => E + A / Math.Pow(parameters, Alpha) + B / Math.Pow(tokens, Beta);

    /// <summary>N*, D* and L* for a budget of <paramref name="flops"/>.</summary>
    public Allocation ForFlops(double flops)
    {
        RequirePositive(flops, "compute budget");
        var parameters = G * Math.Pow(flops / Compute.FlopsPerParamToken, ParamsExponent);
        var tokens = Math.Pow(flops / Compute.FlopsPerParamToken, TokensExponent) / G;
        return new Allocation(flops, parameters, tokens, Loss(parameters, tokens));
    }

    /// <summary>
    /// The least compute whose optimal model reaches <paramref name="loss"/>. On the frontier
    /// L* − E = K·(C/6)^(−αβ/(α+β)) with K = A·G^(−α) + B·G^β, so C has a closed form.
    /// </summary>
    public Allocation ForLoss(double loss)
    {
        if (!(loss > E))
            throw new ScalingLawsException($"{Setting.TargetLoss} {loss:G4}: at or below the irreducible loss E = {E:G4}, which no amount of compute reaches; give a target above it.");
        var k = A * Math.Pow(G, -Alpha) + B * Math.Pow(G, Beta);
        var flops = Compute.FlopsPerParamToken * Math.Pow(k / (loss - E), (Alpha + Beta) / (Alpha * Beta));
        // A loss far above any model's ("1e200") asks for less compute than a double holds: before, "the compute budget must be a positive number, got 0".
        if (!(flops > 0))
            throw new ScalingLawsException($"{Setting.TargetLoss} {QuantityFormat.Constant(loss)}: so far above any model's loss that the compute reaching it is nearer zero than a double holds; give a target loss below your runs' losses.");
        return ForFlops(flops);
    }

    /// <summary>The budget for which a model of <paramref name="parameters"/> is compute-optimal (Chinchilla Table 3).</summary>
    public Allocation ForParams(double parameters)
    {
        RequirePositive(parameters, "model size");
        var flops = Compute.FlopsPerParamToken * Math.Pow(parameters / G, 1 / ParamsExponent);
        return ForFlops(flops);
    }

    /// <summary>The loss of a model of size N trained on the budget C (an IsoFLOP slice).</summary>
    public double IsoFlopLoss(double parameters, double flops) => Loss(parameters, Compute.Tokens(flops, parameters));

    /// <summary>The smallest model that can reach <paramref name="loss"/> with unlimited data: the IsoLoss contour starts here.</summary>
    public double MinimumParamsFor(double loss) =>
        loss > E ? Math.Pow(A / (loss - E), 1 / Alpha) : double.PositiveInfinity;

    /// <summary>Tokens D(N) on the IsoLoss contour L(N, D) = loss; NaN where N is too small to reach it.</summary>
    public double IsoLossTokens(double parameters, double loss)
    {
        var remaining = loss - E - A / Math.Pow(parameters, Alpha);
        return remaining > 0 ? Math.Pow(B / remaining, 1 / Beta) : double.NaN;
    }

    private static void RequirePositive(double value, string what)
    {
        if (!(value > 0) || !double.IsFinite(value))
            throw new ScalingLawsException($"the {what} must be a positive number, got {value:G4}.");
    }
}
