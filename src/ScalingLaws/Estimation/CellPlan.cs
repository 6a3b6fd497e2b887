namespace ScalingLaws.Estimation;

/// <summary>A cell before it runs: its coordinates and which rows of its family it trains on.</summary>
internal sealed record CellPlan(ModelFamily Family, int K, double Fraction, Func<Observation, bool> Train, string? TrainModel = null);
