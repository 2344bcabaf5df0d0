using GraphNews.Domain;

namespace GraphNews.Extraction.Tests;

public sealed class NameLabelsByKnowledgeTests
{
    private static readonly NameLabelsByKnowledge Labels = NameLabelsByKnowledge.ForNews();

    [Theory]
    [InlineData("Keith Fennimore", EntityLabel.Person)]
    [InlineData("Fennimore Bank", EntityLabel.Organization)]
    [InlineData("Fennimore Province", EntityLabel.Location)]
    [InlineData("Abqaiq", EntityLabel.Location)]
    [InlineData("Rio Grande", EntityLabel.Location)]
    [InlineData("Kfar Reman", EntityLabel.Location)]
    public void Knowledge_alone_gives_a_name_its_label_when_it_decides(string name, EntityLabel expected)
    {
        Assert.Equal(expected, Labels.LabelOf(name));
    }

    [Theory]
    [InlineData("Fennimore Quaxley")]
    [InlineData("Keith")]
    [InlineData("")]
    public void A_name_knowledge_does_not_decide_has_no_label(string name)
    {
        Assert.Null(Labels.LabelOf(name));
    }
}
