using GraphNews.Api.GraphQL.Types;
using GraphNews.Api.Loading;
using GraphNews.Domain.Storage;
using GraphNews.Stories;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL.Stories;

public sealed class RelatedArticleGraphType : ObjectGraphType<RelatedArticle>
{
    public RelatedArticleGraphType()
    {
        Name = "RelatedArticle";
        Description = "An article that reports the same event or continues the same story (RELATED_TO), with why.";
        Field<NonNullGraphType<ArticleGraphType>>("article").Resolve(c => c.Loaders().Articles.Load(c.Source.ArticleId));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("0 to 1: shared facts weigh most, then rare shared entities, then alike words; closeness in time scales it.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<LinkReasonsGraphType>>("reasons").Resolve(c => c.Source.Reasons);
    }
}

public sealed class LinkReasonsGraphType : ObjectGraphType<LinkReasons>
{
    public LinkReasonsGraphType()
    {
        Name = "RelatedReasons";
        Field<NonNullGraphType<BooleanGraphType>>("sameEvent").Description("Both articles report the same event, so they are in one story.").Resolve(c => c.Source.SameEvent);
        Field<NonNullGraphType<SameEventDecisionGraphType>>("decision").Description("What made them one event, or the first rule that kept them apart.").Resolve(c => c.Source.Decision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedFactGraphType>>>>("facts").Description("Relationships both articles state, strongest first.").Resolve(c => c.Source.Facts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedEntityGraphType>>>>("entities").Description("Entities both articles name, rarest (most telling) first.").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<FloatGraphType>>("textSimilarity").Description("TF-IDF cosine of title and text.").Resolve(c => c.Source.TextSimilarity);
        Field<IntGraphType>("daysApart").Description("Days between publication dates; for an undated article, between the days the texts name (0 when they name one day in common); null when nothing dates them.").Resolve(c => c.Source.DaysApart);
    }
}

public sealed class SameEventDecisionGraphType : EnumerationGraphType<SameEventDecision>
{
    public SameEventDecisionGraphType()
    {
        Name = "SameEventDecision";
        Description = "Why two related articles are, or are not, reports of the same event.";
    }
}

public sealed class SharedFactGraphType : ObjectGraphType<SharedFact>
{
    public SharedFactGraphType()
    {
        Name = "SharedFact";
        Field<RelationTypeGraphType>("type").Description("Null when the articles agree the two entities interacted, but not how.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("sourceName").Resolve(c => c.Source.SourceName);
        Field<NonNullGraphType<StringGraphType>>("targetName").Resolve(c => c.Source.TargetName);
        Field<EntityInterface>("source").Resolve(c => c.Loaders().Entities.Load(c.Source.SourceId));
        Field<EntityInterface>("target").Resolve(c => c.Loaders().Entities.Load(c.Source.TargetId));
        Field<NonNullGraphType<FloatGraphType>>("weight").Description("Its rarity-weighted share of the score.").Resolve(c => c.Source.Weight);
    }
}

public sealed class SharedEntityGraphType : ObjectGraphType<SharedEntity>
{
    public SharedEntityGraphType()
    {
        Name = "SharedEntity";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<EntityInterface>("entity").Resolve(c => c.Loaders().Entities.Load(c.Source.Id));
        Field<NonNullGraphType<FloatGraphType>>("weight").Description("Rarity weight: the fewer articles name it, the more it says.").Resolve(c => c.Source.Weight);
    }
}

public sealed class StoryGraphType : ObjectGraphType<StoryRecord>
{
    public StoryGraphType()
    {
        Name = "Story";
        Description = "Articles, from any outlet and day, that report the same event.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Description("The dominant fact (\"Donald Trump – Vladimir Putin call about Ukraine\"), or the first headline.").Resolve(c => c.Source.Title);
        Field<CalendarDateGraphType>("firstPublished").Resolve(c => c.Source.FirstPublished);
        Field<CalendarDateGraphType>("lastPublished").Resolve(c => c.Source.LastPublished);
        Field<NonNullGraphType<IntGraphType>>("articleCount").Resolve(c => c.Source.Articles.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleGraphType>>>>("articles")
            .Description("Its articles, oldest first.")
            .Resolve(c => new ListLoad<ArticleRecord>(c.Source.Articles.Select(a => c.Loaders().Articles.Load(a.ArticleId)).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StoryTimelineEntryGraphType>>>>("timeline")
            .Description("Its articles by publication date, oldest first.")
            .Resolve(c => c.Source.Articles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StoryEntityGraphType>>>>("entities")
            .Description("The entities its articles name, most often named first.")
            .Resolve(c => c.Source.Entities);
    }
}

public sealed class StoryTimelineEntryGraphType : ObjectGraphType<StoryArticle>
{
    public StoryTimelineEntryGraphType()
    {
        Name = "StoryTimelineEntry";
        Field<CalendarDateGraphType>("date").Resolve(c => c.Source.Published);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<ArticleGraphType>>("article").Resolve(c => c.Loaders().Articles.Load(c.Source.ArticleId));
    }
}

public sealed class StoryEntityGraphType : ObjectGraphType<StoryEntity>
{
    public StoryEntityGraphType()
    {
        Name = "StoryEntity";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<EntityInterface>("entity").Resolve(c => c.Loaders().Entities.Load(c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("articleCount").Description("How many of the story's articles name it.").Resolve(c => c.Source.ArticleCount);
    }
}

public sealed class StoryConnectionGraphType() : ConnectionGraphType<StoryGraphType, StoryRecord>("Story");

/// <summary><c>where</c> for stories.</summary>
public sealed class StoryFilterGraphType : InputObjectGraphType<StoryWhere>
{
    public StoryFilterGraphType()
    {
        Name = "StoryWhere";
        Field<StringGraphType>("entity").Description("The story's articles name this entity (id, name or alias).");
        Field<CalendarDateGraphType>("since").Description("Its latest article appeared on or after.");
        Field<CalendarDateGraphType>("until").Description("Its first article appeared on or before.");
    }
}

public sealed record StoryWhere
{
    public string? Entity { get; init; }
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }
}
