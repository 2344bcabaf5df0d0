using System.Text.Json.Nodes;
using GraphNews.Domain;

namespace GraphNews.Domain.Tests;

public sealed class ArticleGraphTests
{
    private static readonly Article Text = new() { Id = "a", Title = "T", Text = "Trump spoke with Putin.", Published = new DateOnly(2025, 2, 9) };

    private static ArticleGraph Graph(params GraphRelation[] relations) => new(
        Text,
        [new GraphEntity("person:donald-trump", EntityLabel.Person, "Donald Trump", ["Trump"]), new GraphEntity("person:vladimir-putin", EntityLabel.Person, "Vladimir Putin", ["Putin"])],
        relations);

    private static GraphRelation Call => new()
    {
        Type = "SPOKE_WITH",
        Source = "person:donald-trump",
        Target = "person:vladimir-putin",
        Confidence = 0.876543,
        Date = new DateOnly(2025, 2, 8),
        Evidence = [new Evidence("Trump spoke with Putin.", 0, 23)],
    };

    [Fact]
    public void Json_follows_the_published_contract()
    {
        var json = JsonNode.Parse(ArticleGraphJson.Serialize(Graph(Call)))!;

        Assert.Equal("a", json["article"]!["id"]!.GetValue<string>());
        Assert.Equal("2025-02-09", json["article"]!["published"]!.GetValue<string>());
        Assert.Equal("Person", json["entities"]![0]!["label"]!.GetValue<string>());
        Assert.Equal("Trump", json["entities"]![0]!["aliases"]![0]!.GetValue<string>());
        var relation = json["relations"]![0]!;
        Assert.Equal(("SPOKE_WITH", "asserted", "2025-02-08"), (relation["type"]!.GetValue<string>(), relation["modality"]!.GetValue<string>(), relation["date"]!.GetValue<string>()));
        Assert.Equal(0.877, relation["confidence"]!.GetValue<double>());
        Assert.Empty(relation["topics"]!.AsArray());
        Assert.Equal(23, relation["evidence"]![0]!["end"]!.GetValue<int>());
    }

    [Fact]
    public void The_fingerprint_changes_with_content_and_only_with_content()
    {
        Assert.Equal(ArticleGraphJson.Fingerprint(Graph(Call)), ArticleGraphJson.Fingerprint(Graph(Call)));
        Assert.NotEqual(ArticleGraphJson.Fingerprint(Graph(Call)), ArticleGraphJson.Fingerprint(Graph(Call with { Modality = Modality.Planned })));
        Assert.NotEqual(ArticleGraphJson.Fingerprint(Graph(Call)), ArticleGraphJson.Fingerprint(Graph(Call) with { Article = Text with { Title = "Other" } }));
    }

    [Fact]
    public void The_validator_refuses_dangling_ids_unknown_types_missing_evidence_and_bad_offsets()
    {
        var ontology = RelationOntology.Default;

        ArticleGraphValidator.Validate(Graph(Call), ontology);
        Assert.Contains("undefined entity", Assert.Throws<ArgumentException>(() => ArticleGraphValidator.Validate(Graph(Call with { Target = "person:nobody" }), ontology)).Message);
        Assert.Contains("undefined entity", Assert.Throws<ArgumentException>(() => ArticleGraphValidator.Validate(Graph(Call with { Topics = ["country:x"] }), ontology)).Message);
        Assert.Contains("unknown relation type", Assert.Throws<ArgumentException>(() => ArticleGraphValidator.Validate(Graph(Call with { Type = "LOVES" }), ontology)).Message);
        Assert.Contains("no evidence", Assert.Throws<ArgumentException>(() => ArticleGraphValidator.Validate(Graph(Call with { Evidence = [] }), ontology)).Message);
        Assert.Contains("outside the text", Assert.Throws<ArgumentException>(() => ArticleGraphValidator.Validate(Graph(Call with { Evidence = [new Evidence("x", 5, 500)] }), ontology)).Message);
        Assert.Contains("listed twice", Assert.Throws<ArgumentException>(() => ArticleGraphValidator.Validate(Graph() with { Entities = [.. Graph().Entities, Graph().Entities[0]] }, ontology)).Message);
    }
}
