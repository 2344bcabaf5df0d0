using System.Text.Json;
using System.Text.RegularExpressions;
using GraphNews.Domain;
using GraphNews.Store.Neo4j.Tests.Support;

namespace GraphNews.Store.Neo4j.Tests;

/// <summary>The Bloom perspective (cypher/bloom/graphnews.perspective.json) stays in step with the graph model and the ontology.</summary>
public sealed partial class BloomPerspectiveTests
{
    private static readonly JsonElement Perspective = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.Find("cypher/bloom/graphnews.perspective.json"))).RootElement;

    [Fact]
    public void Has_the_top_level_shape_bloom_imports()
    {
        Assert.Equal("STANDARD_PERSPECTIVE", Perspective.GetProperty("type").GetString());
        Assert.True(Guid.TryParse(Perspective.GetProperty("id").GetString(), out _));
        foreach (var key in (string[])["name", "version", "categories", "labels", "relationshipTypes", "templates", "sceneActions", "palette", "metadata", "hiddenRelationshipTypes"])
        {
            Assert.True(Perspective.TryGetProperty(key, out _), $"missing {key}");
        }

        Assert.True(Perspective.GetProperty("metadata").GetProperty("pathSegments").GetArrayLength() > 0);
        Assert.True(Perspective.GetProperty("metadata").TryGetProperty("indexes", out _));
    }

    [Fact]
    public void Every_node_label_has_a_category_with_a_caption_colour_and_size()
    {
        var categories = Perspective.GetProperty("categories").EnumerateArray().ToList();
        var expected = Enum.GetNames<EntityLabel>().Concat(["Entity", "Article", "Evidence", "Story"]).ToList();

        Assert.Equal(expected.Order(), categories.SelectMany(c => c.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!)).Order());
        Assert.All(categories, c =>
        {
            Assert.Matches("^#[0-9A-F]{6}$", c.GetProperty("color").GetString());
            Assert.True(c.GetProperty("size").GetInt32() > 0);
            Assert.NotEmpty(c.GetProperty("captionKeys").EnumerateArray());
        });
        Assert.All(expected, label => Assert.True(Perspective.GetProperty("labels").TryGetProperty(label, out _), $"labels lacks {label}"));
    }

    [Fact]
    public void Every_relation_type_of_the_ontology_is_styled()
    {
        var types = Perspective.GetProperty("relationshipTypes").EnumerateArray().ToList();
        var expected = RelationOntology.Default.Types.Select(t => t.Name).Concat(["MENTIONS", "IN_ARTICLE", "RELATED_TO", "IN_STORY"]);

        Assert.Equal(expected.Order(StringComparer.Ordinal), types.Select(t => t.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(types, t => Assert.True(t.GetProperty("size").GetInt32() > 0));
    }

    [Theory]
    [InlineData("who has $person discussed $topic with")]
    [InlineData("envoys to $country")]
    [InlineData("who rebuffed $actor")]
    [InlineData("articles about $entity")]
    [InlineData("stories about $entity")]
    public void Offers_the_search_phrase(string text)
    {
        var template = Assert.Single(Perspective.GetProperty("templates").EnumerateArray(), t => t.GetProperty("text").GetString() == text);

        var inText = Parameter().Matches(text).Select(m => m.Value).Order().ToList();
        var cypher = template.GetProperty("cypher").GetString()!;
        Assert.Equal(inText, template.GetProperty("params").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).Order());
        Assert.All(inText, p => Assert.Contains(p, cypher, StringComparison.Ordinal));
        foreach (Match type in RelationshipTypes().Matches(cypher))
        {
            Assert.All(type.Groups[1].Value.Split('|'), t => Assert.True(RelationOntology.Default.Contains(t) || t is "MENTIONS" or "IN_ARTICLE" or "RELATED_TO" or "IN_STORY", t));
        }
    }

    [GeneratedRegex(@"\$[a-z]+")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\[\w+:([A-Z_|]+)\]")]
    private static partial Regex RelationshipTypes();
}
