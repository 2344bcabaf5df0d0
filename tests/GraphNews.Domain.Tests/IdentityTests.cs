using GraphNews.Domain;

namespace GraphNews.Domain.Tests;

public sealed class IdentityTests
{
    [Theory]
    [InlineData(EntityLabel.Person, "Donald Trump", "person:donald-trump")]
    [InlineData(EntityLabel.Person, "Volodymyr Zelenskyy", "person:volodymyr-zelenskyy")]
    [InlineData(EntityLabel.Country, "United States", "country:united-states")]
    [InlineData(EntityLabel.Organization, "U.S. Department of State", "organization:us-department-of-state")]
    [InlineData(EntityLabel.Person, "Recep Tayyip Erdoğan", "person:recep-tayyip-erdogan")]
    [InlineData(EntityLabel.Location, "Côte d’Ivoire", "location:cote-divoire")]
    [InlineData(EntityLabel.Event, "  Munich  Security -- Conference ", "event:munich-security-conference")]
    [InlineData(EntityLabel.Person, "K. P. Sharma Oli", "person:kp-sharma-oli")]
    [InlineData(EntityLabel.Person, "K.P. Sharma Oli", "person:kp-sharma-oli")]
    [InlineData(EntityLabel.Person, "J. R. R. Tolkien", "person:jrr-tolkien")]
    [InlineData(EntityLabel.Person, "George W. Bush", "person:george-w-bush")]
    [InlineData(EntityLabel.Person, "Mr. K. Ruiz", "person:mr-k-ruiz")]
    public void Entity_ids_are_label_plus_a_folded_slug_of_the_name(EntityLabel label, string name, string expected) =>
        Assert.Equal(expected, EntityIds.For(label, name));

    [Fact]
    public void The_same_relationship_stated_either_way_round_is_one_fact_only_for_symmetric_types()
    {
        var ontology = RelationOntology.Default;
        GraphRelation Rel(string type, string a, string b) => new() { Type = type, Source = a, Target = b, Evidence = [new Evidence("s", 0, 1)] };

        Assert.Equal(FactIds.For(Rel("SPOKE_WITH", "person:a", "person:b"), ontology), FactIds.For(Rel("SPOKE_WITH", "person:b", "person:a"), ontology));
        Assert.NotEqual(FactIds.For(Rel("REBUFFED", "person:a", "person:b"), ontology), FactIds.For(Rel("REBUFFED", "person:b", "person:a"), ontology));
        Assert.NotEqual(FactIds.For(Rel("SPOKE_WITH", "person:a", "person:b"), ontology), FactIds.For(Rel("MET_WITH", "person:a", "person:b"), ontology));
    }

    [Fact]
    public void Facts_differ_by_modality_and_date_so_a_second_call_is_a_second_fact()
    {
        var call = new GraphRelation { Type = "SPOKE_WITH", Source = "person:a", Target = "person:b", Date = new DateOnly(2025, 2, 1), Evidence = [new Evidence("s", 0, 1)] };
        var ontology = RelationOntology.Default;

        Assert.NotEqual(FactIds.For(call, ontology), FactIds.For(call with { Date = new DateOnly(2025, 3, 1) }, ontology));
        Assert.NotEqual(FactIds.For(call, ontology), FactIds.For(call with { Modality = Modality.Planned }, ontology));
        Assert.Equal(FactIds.For(call, ontology), FactIds.For(call with { Confidence = 0.3, Topics = ["country:x"] }, ontology));
    }
}
