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
    /// <summary>The background articles and these, indexed; the scorer over them.</summary>
    private static (StoryIndex Index, List<IndexedArticle> Articles, RelatednessScorer Scorer) Indexed(StoryOptions options, params ArticleGraph[] graphs)
    {
        var index = new StoryIndex(options);
        var builder = new SignatureBuilder(RelationOntology.Default, TextTerms.LoadDefault(), options);
        var articles = Graphs.Background().Concat(graphs).Select(g => index.Add(builder.Build(g, "v1"))).ToList();
        return (index, articles, new RelatednessScorer(index, RelationOntology.Default, options));
    }
}
