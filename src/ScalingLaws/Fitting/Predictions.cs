using System.Numerics.Tensors;

namespace ScalingLaws.Fitting;

/// <summary>A model's predictions on the raw scale for every row, block by block.</summary>
internal static class Predictions
{
    public static double[] Of(IFitModel model, ReadOnlySpan<double> theta)
    {
        var prediction = new double[model.Observed.Length];
        var jacobian = new double[ModelJacobian.LongestLength(model)];
        var scratch = new double[model.ScratchLength];
        for (var block = 0; block < model.BlockCount; block++)
        {
            var (start, n) = model.Block(block);
            var rows = prediction.AsSpan(start, n);
            model.Predict(theta, block, rows, jacobian.AsSpan(0, ModelJacobian.Length(model, n)), scratch);
            if (model.Scale == PredictionScale.Log)
                TensorPrimitives.Exp(rows, rows);
        }
        return prediction;
    }
}
