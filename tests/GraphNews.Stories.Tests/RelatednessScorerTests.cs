using GraphNews.Domain;

namespace GraphNews.Stories.Tests;

public sealed class RelatednessScorerTests
{
    [Fact]
    public void The_allocation_free_quick_score_equals_the_explained_score()
    {
        var options = StoryOptions.Default;
        var (_, articles, scorer) = Indexed(options,
            Graphs.Article("talks-1", "2025-01-12", "Ana Ruiz meets Bo Chen in Lima", "Ana Ruiz met Bo Chen in Lima to discuss the border.", ["Person:Ana Ruiz", "Person:Bo Chen", "Location:Lima", "Country:United States"], ("MET_WITH", "Ana Ruiz", "Bo Chen", [])),
            Graphs.Article("talks-2", "2025-01-13", "Ruiz and Chen talk border in Lima", "In Lima, Bo Chen and Ana Ruiz met; Washington watched.", ["Person:Ana Ruiz", "Person:Bo Chen", "Location:Lima", "Location:Washington"], ("MET_WITH", "Bo Chen", "Ana Ruiz", [])));

        foreach (var a in articles)
        {
            var quick = scorer.QuickScorer(a);
            foreach (var b in articles.Where(b => b != a))
            {
                Assert.Equal(scorer.Score(a, b).Score, Math.Round(quick(b), 4), 6);
            }
        }

        var talks = scorer.Score(articles[^1], articles[^2]);
        Assert.True(talks.Reasons.SameEvent);
        Assert.True(talks.Score > scorer.Score(articles[^1], articles[0]).Score);
    }

    [Theory]
    [InlineData("Ana Ruiz endorses Bo Chen for mayor", "Dan Wu endorses Bo Chen for mayor", false)]
    [InlineData("Ana Ruiz endorses Bo Chen for mayor", "Bo Chen wins endorsement of Ana Ruiz", true)]
    public void Headlines_whose_subjects_are_different_people_report_different_events(string firstTitle, string secondTitle, bool sameEvent)
    {
        var options = StoryOptions.Default;
        const string text = "The endorsement of Bo Chen for mayor of Lima was announced at a rally in Lima on Sunday.";
        var (index, articles, scorer) = Indexed(options,
            Graphs.Article("first", "2025-01-12", firstTitle, text, ["Person:Ana Ruiz", "Person:Bo Chen", "Person:Dan Wu", "Location:Lima"]),
            Graphs.Article("second", "2025-01-12", secondTitle, text, ["Person:Ana Ruiz", "Person:Bo Chen", "Person:Dan Wu", "Location:Lima"]));

        var withoutRule = new RelatednessScorer(index, RelationOntology.Default, options with { HeadlineSubjectsMustAgree = false });

        Assert.True(withoutRule.Score(articles[^1], articles[^2]).Reasons.SameEvent);
        Assert.Equal(sameEvent, scorer.Score(articles[^1], articles[^2]).Reasons.SameEvent);
    }

    [Fact]
    public void Articles_years_apart_about_the_same_organisation_are_related_but_not_the_same_event()
    {
        var options = StoryOptions.Default;
        var (index, articles, scorer) = Indexed(options,
            Graphs.Article("church-2010", "2010-10-09", "Zorblat Church defector arrested in Clearwater", "A former member of the Zorblat Church was arrested in Clearwater.", ["Organization:Zorblat Church", "Location:Clearwater"]),
            Graphs.Article("church-2015", "2015-05-07", "Woman says Zorblat Church held her in Clearwater", "A woman says the Zorblat Church held her for years in Clearwater.", ["Organization:Zorblat Church", "Location:Clearwater"]));

        Assert.Contains(articles[^2], index.Candidates(articles[^1]));
        var link = scorer.Score(articles[^1], articles[^2]);
        Assert.True(link.Score >= options.MinRelatedScore);
        Assert.False(link.Reasons.SameEvent);
    }
    [Fact]
    public void Articles_that_share_only_what_most_articles_name_are_not_related()
    {
        var options = StoryOptions.Default;
        var common = Enumerable.Range(0, 30).Select(i => Graphs.Article(
            $"leader-{i}", $"2025-02-{1 + (i % 28):00}", $"Zed Moss signs order number {i}", $"Zed Moss signed order number {i} on topic {i}.",
            ["Person:Zed Moss", "Country:United States"], ("LEADS", "Zed Moss", "United States", []))).ToArray();
        var (index, articles, scorer) = Indexed(options, [
            .. common,
            Graphs.Article("robots", "2025-03-01", "Girls win robotics prize in Kabul", "A team of girls from Kabul won a robotics prize; Zed Moss congratulated them.", ["Location:Kabul", "Person:Zed Moss", "Country:United States"], ("LEADS", "Zed Moss", "United States", [])),
            Graphs.Article("tariffs", "2025-03-02", "Steel tariffs hit carmakers", "Carmakers warned that steel tariffs signed by Zed Moss raise prices.", ["Person:Zed Moss", "Country:United States"], ("LEADS", "Zed Moss", "United States", [])),
        ]);

        var link = scorer.Score(articles[^1], articles[^2]);
        var countedFully = new RelatednessScorer(index, RelationOntology.Default, options with { SharedKeysCountByRarity = false }).Score(articles[^1], articles[^2]);

        Assert.False(link.Telling);
        Assert.True(link.Score < countedFully.Score);
    }

    /// <summary>The background articles and these, indexed; the scorer over them.</summary>
    private static (StoryIndex Index, List<IndexedArticle> Articles, RelatednessScorer Scorer) Indexed(StoryOptions options, params ArticleGraph[] graphs)
    {
        var index = new StoryIndex(options);
        var builder = new SignatureBuilder(RelationOntology.Default, TextTerms.LoadDefault(), options);
        var articles = Graphs.Background().Concat(graphs).Select(g => index.Add(builder.Build(g, "v1"))).ToList();
        return (index, articles, new RelatednessScorer(index, RelationOntology.Default, options));
    }
}
