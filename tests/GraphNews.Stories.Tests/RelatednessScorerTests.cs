using GraphNews.Domain;

namespace GraphNews.Stories.Tests;

public sealed class RelatednessScorerTests
{
    [Fact]
    public void The_allocation_free_quick_score_equals_the_explained_score()
    {
        var options = StoryOptions.Default;
        var index = new StoryIndex(options);
        var builder = new SignatureBuilder(RelationOntology.Default, TextTerms.LoadDefault(), options);
        var articles = Graphs.Background()
            .Append(Graphs.Article("talks-1", "2025-01-12", "Ana Ruiz meets Bo Chen in Lima", "Ana Ruiz met Bo Chen in Lima to discuss the border.", ["Person:Ana Ruiz", "Person:Bo Chen", "Location:Lima", "Country:United States"], ("MET_WITH", "Ana Ruiz", "Bo Chen", [])))
            .Append(Graphs.Article("talks-2", "2025-01-13", "Ruiz and Chen talk border in Lima", "In Lima, Bo Chen and Ana Ruiz met; Washington watched.", ["Person:Ana Ruiz", "Person:Bo Chen", "Location:Lima", "Location:Washington"], ("MET_WITH", "Bo Chen", "Ana Ruiz", [])))
            .Select(g => index.Add(builder.Build(g, "v1")))
            .ToList();
        var scorer = new RelatednessScorer(index, RelationOntology.Default, options);

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
        var index = new StoryIndex(options);
        var builder = new SignatureBuilder(RelationOntology.Default, TextTerms.LoadDefault(), options);
        const string text = "The endorsement of Bo Chen for mayor of Lima was announced at a rally in Lima on Sunday.";
        var articles = Graphs.Background()
            .Append(Graphs.Article("first", "2025-01-12", firstTitle, text, ["Person:Ana Ruiz", "Person:Bo Chen", "Person:Dan Wu", "Location:Lima"]))
            .Append(Graphs.Article("second", "2025-01-12", secondTitle, text, ["Person:Ana Ruiz", "Person:Bo Chen", "Person:Dan Wu", "Location:Lima"]))
            .Select(g => index.Add(builder.Build(g, "v1")))
            .ToList();
        var scorer = new RelatednessScorer(index, RelationOntology.Default, options);

        var withoutRule = new RelatednessScorer(index, RelationOntology.Default, options with { HeadlineSubjectsMustAgree = false });

        Assert.True(withoutRule.Score(articles[^1], articles[^2]).Reasons.SameEvent);
        Assert.Equal(sameEvent, scorer.Score(articles[^1], articles[^2]).Reasons.SameEvent);
    }
}
