using System.Text.Json.Serialization;
using ScalingLaws.IO.Downstream;
using ScalingLaws.IO.Selection;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// Compile-time JSON metadata for every <c>--json</c> document (see <see cref="CliJson"/>): the native binary has no
/// reflection-based serializer. A view whose JSON takes one of two shapes returns object; both shapes are listed.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(SelectionSummary))]
[JsonSerializable(typeof(PredictionsJson))]
[JsonSerializable(typeof(CurvePredictionsJson))]
[JsonSerializable(typeof(CurveFitsJson))]
[JsonSerializable(typeof(AccuracyFitsJson))]
[JsonSerializable(typeof(AccuracyPredictionsJson))]
[JsonSerializable(typeof(SweepOnlyJson))]
[JsonSerializable(typeof(CurveLawDocument))]
[JsonSerializable(typeof(AccuracyLawDocument))]
[JsonSerializable(typeof(CurvePredictView.CurvePredictJson))]
[JsonSerializable(typeof(CurveRankView.RankingJson))]
[JsonSerializable(typeof(CurveCompareView.ComparedLawsJson))]
[JsonSerializable(typeof(CurveCompareView.ComparedCurvesJson))]
[JsonSerializable(typeof(PositionsView.PositionComparisonJson))]
[JsonSerializable(typeof(TemporalView.TemporalJson))]
[JsonSerializable(typeof(StudySummaryView.StudySummaryJson))]
[JsonSerializable(typeof(BacktestView.BacktestJson))]
[JsonSerializable(typeof(DownstreamBacktestView.DownstreamBacktestJson))]
[JsonSerializable(typeof(InferenceAwareSizing.Result))]
[JsonSerializable(typeof(InferenceView.InferenceSpreadJson))]
[JsonSerializable(typeof(InferenceView.InferenceCostJson))]
[JsonSerializable(typeof(EvaluateView.EvaluationFamilyJson))]
[JsonSerializable(typeof(EvaluateView.EvaluationJson))]
[JsonSerializable(typeof(EnvelopeView.EnvelopeJson))]
[JsonSerializable(typeof(FindingsView.FindingsJson))]
[JsonSerializable(typeof(IsoFlopView.IsoFlopJson))]
[JsonSerializable(typeof(PlanView.PlanJson))]
[JsonSerializable(typeof(DatasetsView.ListDocument))]
[JsonSerializable(typeof(DatasetsView.ShowDocument))]
[JsonSerializable(typeof(DatasetsView.PathDocument))]
[JsonSerializable(typeof(RunRecipe))]
[JsonSerializable(typeof(FlopsReport))]
[JsonSerializable(typeof(OptimalReport))]
[JsonSerializable(typeof(HyperparameterView))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
