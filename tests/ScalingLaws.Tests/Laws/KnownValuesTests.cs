using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Laws;

/// <summary>Predictions at published parameter values, checked against numbers worked out independently of the code.</summary>
public sealed class KnownValuesTests
{
    [Fact]
    public void Kaplan_table_values_predict_2_374_at_1B_params_and_20B_tokens()
    {
        // Kaplan et al. (2020): Nc = 6.4e13, Dc = 1.8e13, αN = 0.076, αD = 0.103.
        // [(6.4e4)^0.7379 + 900]^0.103 = [3519.6 + 900]^0.103 = 2.3739. The ±5e-4 is the rounding of the quoted 2.374.
        var loss = KaplanLaw.Instance.Predict([6.4e13, 1.8e13, 0.076, 0.103], 1e9, 2e10);

        Assert.Equal(2.374, loss, 5e-4);
    }

    [Fact]
    public void Chinchilla_rounded_hoffmann_values_at_70B_params_and_1_4T_tokens()
    {
        // Hoffmann et al. (2022), Approach 3 rounded: E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28.
        // By hand: ln(70e9) = 24.9717, × 0.34 = 8.4904, e^ = 4867.8, 406.4/4867.8 = 0.083487;
        //          ln(1.4e12) = 27.9676, × 0.28 = 7.8309, e^ = 2517.2, 410.7/2517.2 = 0.163158;
        //          L = 1.69 + 0.083487 + 0.163158 = 1.936645.
        const double byHand = 1.69 + 0.083487 + 0.163158;
        var values = new[] { 1.69, 406.4, 410.7, 0.34, 0.28 };

        var loss = ChinchillaLaw.Instance.Predict(values, 70e9, 1.4e12);

        // The hand value is rounded to 6 decimals per term, so it is good to ~1e-6.
        Assert.Equal(byHand, loss, 2e-6);
        // And the formula with Math.Pow, which takes a different route than the law's exp/log-sum form.
        Assert.Equal(1.69 + 406.4 / Math.Pow(70e9, 0.34) + 410.7 / Math.Pow(1.4e12, 0.28), loss, 1e-13);
    }

    [Fact]
    public void One_variable_laws_follow_their_formulas()
    {
        var power = new OffsetPowerLaw(Field.Flops);
        var pure = new PurePowerLaw(Field.Tokens);

        // 1.8 + 500/(1e20)^0.15 = 1.8 + 500/1000 = 2.3 exactly in real arithmetic.
        Assert.Equal(2.3, power.Predict([1.8, 500, 0.15], 1e20), 1e-13);
        // (1.8e13/1.8e11)^0.5 = 100^0.5 = 10.
        Assert.Equal(10.0, pure.Predict([1.8e13, 0.5], 1.8e11), 1e-12);
        Assert.Equal("L = E + A/C^alpha", power.Formula);
        Assert.Equal("L = (xc/D)^alpha", pure.Formula);
    }

    [Fact]
    public void Internal_and_natural_scales_round_trip()
    {
        var law = ChinchillaLaw.Instance;
        double[] values = [1.8, 400, 1500, 0.33, 0.3];

        var theta = law.ToInternal(values);

        // E, A, B are fitted as logs; exponents as they are.
        Assert.Equal([Math.Log(1.8), Math.Log(400), Math.Log(1500), 0.33, 0.3], theta);
        var back = law.ToNatural(theta);
        for (var j = 0; j < values.Length; j++)
            Assert.Equal(values[j], back[j], 1e-12 * values[j]);
        Assert.Equal("ln A", law.Parameters[ChinchillaLaw.A].InternalName);
        Assert.Equal("alpha", law.Parameters[ChinchillaLaw.Alpha].InternalName);
    }

    [Fact]
    public void Catalog_creates_each_law_by_name()
    {
        Assert.Same(ChinchillaLaw.Instance, LawCatalog.Create("chinchilla"));
        Assert.Same(KaplanLaw.Instance, LawCatalog.Create("Kaplan"));
        Assert.Equal(Field.Flops, Assert.Single(LawCatalog.Create("power", Field.Flops).Inputs));
        Assert.Equal(Field.Tokens, Assert.Single(LawCatalog.Create("pure-power", Field.Tokens).Inputs));
        Assert.Equal(2, ChinchillaLaw.Instance.IndexOf("B"));
        Assert.Equal(3, ChinchillaLaw.Instance.IndexOf("ALPHA"));
        Assert.Equal(-1, ChinchillaLaw.Instance.IndexOf("gamma"));
    }
}
