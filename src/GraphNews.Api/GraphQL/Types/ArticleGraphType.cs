using GraphNews.Api.GraphQL.Stories;
using GraphNews.Domain.Storage;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL.Types;

public sealed class ArticleGraphType : ObjectGraphType<ArticleRecord>
{
    public ArticleGraphType()
    {
        Name = "Article";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<CalendarDateGraphType>("published").Resolve(c => c.Source.Published);
        Field<StringGraphType>("url").Resolve(c => c.Source.Url);
        Field<StringGraphType>("source").Description("Where the article comes from (keep it with the text).").Resolve(c => c.Source.Source);
        Field<StringGraphType>("license").Description("The text's licence (keep it with the text).").Resolve(c => c.Source.License);
        Field<StringGraphType>("byline").Description("Who wrote it, as the source credits them.").Resolve(c => c.Source.Byline);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        this.AddStoryFields();
    }
}

public sealed class EvidenceGraphType : ObjectGraphType<EvidenceRecord>
{
    public EvidenceGraphType()
    {
        Name = "Evidence";
        Description = "The sentence that states a fact, where it stands in its article, and how sure the extractor was.";
        Field<NonNullGraphType<StringGraphType>>("sentence").Resolve(c => c.Source.Sentence);
        Field<NonNullGraphType<IntGraphType>>("start").Description("Character offset of the sentence in the article text.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.End);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<ArticleGraphType>>("article").Resolve(c => c.Loaders().Articles.Load(c.Source.ArticleId));
    }
}
