namespace ScalingLaws.Uncertainty;

/// <summary>Fills the row weights of one resample (how often each row counts) from that resample's own generator.</summary>
internal delegate void WeightDraw(Random random, double[] weights);
