using ScalingLaws.IO.TensorBoard;

namespace ScalingLaws.IO.Trackers;

/// <summary>The runs of an experiment tracker's files, whichever tracker wrote them.</summary>
internal static class TrackerFiles
{
    /// <summary>The runs when <paramref name="path"/> is a tracker's (by <paramref name="format"/>, layout, name or content); null for a table or a folder of tables.</summary>
    public static IReadOnlyList<TrackerRun>? Read(string path, InputFormat? format) =>
        InputFormats.Of(path, format, "a table, an event file or a run folder") switch
        {
            InputFormat.TensorBoard => TensorBoardReader.Read(path),
            InputFormat.MLflow => MlflowReader.Read(path),
            InputFormat.WandB => WandbReader.Read(path),
            _ => null,
        };
}
