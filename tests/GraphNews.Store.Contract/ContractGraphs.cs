using GraphNews.Domain;

namespace GraphNews.Store.Contract;

/// <summary>Small hand-made article graphs the contract cases are written against.</summary>
public static class ContractGraphs
{
    public static readonly GraphEntity Trump = new("person:donald-trump", EntityLabel.Person, "Donald Trump", ["Trump", "Donald J. Trump"]);
    public static readonly GraphEntity Putin = new("person:vladimir-putin", EntityLabel.Person, "Vladimir Putin", ["Putin"]);
    public static readonly GraphEntity Zelenskyy = new("person:volodymyr-zelenskyy", EntityLabel.Person, "Volodymyr Zelenskyy", ["Zelenskyy", "Zelensky"]);
    public static readonly GraphEntity Khamenei = new("person:ali-khamenei", EntityLabel.Person, "Ali Khamenei", ["Khamenei"]);
    public static readonly GraphEntity Ukraine = new("country:ukraine", EntityLabel.Country, "Ukraine", ["Kyiv", "Ukrainian"]);
    public static readonly GraphEntity Russia = new("country:russia", EntityLabel.Country, "Russia", ["Moscow", "Russian"]);
    public static readonly GraphEntity UnitedStates = new("country:united-states", EntityLabel.Country, "United States", ["US", "U.S."]);
    public static readonly GraphEntity Munich = new("location:munich", EntityLabel.Location, "Munich", []);

    public static Article Article(string id, string text, DateOnly? published, string? title = null) => new()
    {
        Id = id,
        Title = title ?? $"Article {id}",
        Text = text,
        Published = published,
        Source = "contract",
        License = "CC0",
        Byline = "Contract Reporter",
    };

    /// <summary>A relation whose evidence is the whole text of a one-sentence article.</summary>
    public static GraphRelation Relation(Article article, string type, GraphEntity source, GraphEntity target, Modality modality = Modality.Asserted, DateOnly? date = null, double confidence = 0.9, string? role = null, params GraphEntity[] topics) => new()
    {
        Type = type,
        Source = source.Id,
        Target = target.Id,
        Modality = modality,
        Confidence = confidence,
        Date = date,
        Role = role,
        Topics = topics.Select(t => t.Id).ToList(),
        Evidence = [new Evidence(article.Text, 0, article.Text.Length)],
    };

    public static ArticleGraph Graph(Article article, IEnumerable<GraphEntity> entities, params GraphRelation[] relations) =>
        new(article, entities.ToList(), relations);

    /// <summary>"Trump spoke with Putin about Ukraine." published on the given day.</summary>
    public static ArticleGraph TrumpCallsPutin(string id = "a1", DateOnly? published = null, string? extraAlias = null)
    {
        var article = Article(id, "Trump spoke with Putin about Ukraine.", published ?? new DateOnly(2025, 2, 9));
        var trump = extraAlias is null ? Trump : Trump with { Aliases = [.. Trump.Aliases, extraAlias] };
        return Graph(article, [trump, Putin, Ukraine], Relation(article, "SPOKE_WITH", trump, Putin, topics: Ukraine));
    }

    /// <summary>"Khamenei rebuffed the United States." (directed).</summary>
    public static ArticleGraph KhameneiRebuffs(string id = "a2", DateOnly? published = null)
    {
        var article = Article(id, "Khamenei rebuffed talks with the United States.", published ?? new DateOnly(2025, 2, 8));
        return Graph(article, [Khamenei, UnitedStates], Relation(article, "REBUFFED", Khamenei, UnitedStates, confidence: 0.7));
    }
}
