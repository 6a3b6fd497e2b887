using System.Text.Json.Nodes;
using ScalingLaws.IO.LawFiles;
using ScalingLaws.IO.Selection;

namespace ScalingLaws.Tests.IO.LawFiles;

/// <summary><see cref="OmitNullsAttribute"/> through the documents' options: which nulls a document leaves out and which it prints.</summary>
public sealed class OmitNullsAttributeTests
{
    private static readonly ExtrapolationDocument Extrapolation = new(
        new() { ["params"] = [1e8, 1e10] }, Sigma0: 0.01, Slope: 0.02, Multiplier: 1.96, Source: "prior", Order: null, CutPoints: 3, Runs: 40);

    private static JsonObject Json<T>(T document) => JsonNode.Parse(DocumentJson.Serialize(document, LawFile.JsonOptions))!.AsObject();

    [Fact]
    public void A_marked_type_leaves_its_null_members_out_and_writes_the_others()
    {
        var json = Json(Extrapolation with { Covariance = [[1.0]], Undetermined = null });

        Assert.False(json.ContainsKey("undetermined"));
        Assert.False(json.ContainsKey("decaySlope"));
        Assert.Equal(1.0, json["covariance"]![0]![0]!.GetValue<double>());
        Assert.Equal(3, json["cutPoints"]!.GetValue<int>());
    }

    [Fact]
    public void A_member_marked_Never_in_a_marked_type_still_writes_its_null()
    {
        var json = Json(Extrapolation);

        Assert.True(json.ContainsKey("order"));
        Assert.Null(json["order"]);
    }

    [Fact]
    public void An_unmarked_type_writes_its_nulls()
    {
        var json = Json(new SelectionSummary([], [], [], Rows: 10, Of: 12));

        Assert.True(json.ContainsKey("warning"));
        Assert.Null(json["warning"]);
    }

    [Fact]
    public void A_left_out_member_reads_back_as_null()
    {
        var read = DocumentJson.Deserialize<ExtrapolationDocument>(DocumentJson.Serialize(Extrapolation, LawFile.JsonOptions), LawFile.JsonOptions)!;

        Assert.Null(read.Covariance);
        Assert.Null(read.Order);
        Assert.Equal(0.02, read.Slope);
    }
}
