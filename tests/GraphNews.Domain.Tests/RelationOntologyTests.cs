using GraphNews.Domain;

namespace GraphNews.Domain.Tests;

public sealed class RelationOntologyTests
{
    private static readonly string[] Required =
    [
        "SPOKE_WITH", "MET_WITH", "NEGOTIATED_WITH", "MEDIATED", "ENVOY_TO", "REBUFFED", "CRITICIZED", "SUPPORTED", "THREATENED",
        "SANCTIONED", "ATTACKED", "INVADED", "VISITED", "LEADS", "SPOKESPERSON_FOR", "MEMBER_OF", "WORKS_FOR", "PARTICIPATES_IN",
        "LOCATED_IN", "HELD_IN",
    ];

    [Fact]
    public void The_embedded_ontology_has_every_required_type_with_labels_and_a_description()
    {
        var ontology = RelationOntology.Default;

        Assert.All(Required, name => Assert.True(ontology.Contains(name), $"{name} is missing"));
        Assert.All(ontology.Types, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Description), t.Name);
            Assert.NotEmpty(t.SourceLabels);
            Assert.NotEmpty(t.TargetLabels);
            Assert.Matches("^[A-Z][A-Z_]*[A-Z]$", t.Name);
        });
        Assert.Equal(ontology.Types.Count, ontology.Types.Select(t => t.Name).Distinct().Count());
    }

    [Fact]
    public void Symmetry_and_categories_follow_the_file()
    {
        var ontology = RelationOntology.Default;

        Assert.True(ontology.IsSymmetric("SPOKE_WITH"));
        Assert.True(ontology.IsSymmetric("MET_WITH"));
        Assert.False(ontology.IsSymmetric("REBUFFED"));
        Assert.False(ontology.IsSymmetric("NO_SUCH_TYPE"));
        Assert.Contains("SPOKE_WITH", ontology.InteractionTypes);
        Assert.DoesNotContain("LEADS", ontology.InteractionTypes);
    }

    [Fact]
    public void A_malformed_ontology_file_is_refused()
    {
        using var empty = new MemoryStream("null"u8.ToArray());
        using var broken = new MemoryStream("{ \"types\": [ { \"name\": "u8.ToArray());

        Assert.Throws<InvalidDataException>(() => RelationOntology.Parse(empty));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => RelationOntology.Parse(broken));
    }
}
