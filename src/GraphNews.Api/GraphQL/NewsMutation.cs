using GraphNews.Api.GraphQL.Types;
using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Extraction;
using GraphNews.Ingestion.Identity;
using GraphNews.Ingestion.Reading;
using GraphNews.Stories;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphNews.Api.GraphQL;

/// <summary>Changes to the graph. Every mutation needs the configured API key (see <see cref="ApiKeyValidationRule"/>).</summary>
public sealed class NewsMutation : ObjectGraphType
{
    public NewsMutation()
    {
        Name = "Mutation";

        Field<NonNullGraphType<IngestArticlePayloadGraphType>>("ingestArticle")
            .Description("Extracts an article's graph and stores it (idempotent: the same article again changes nothing; a changed one replaces its facts).")
            .Argument<NonNullGraphType<ArticleInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ArticleInput>("input");
                var errors = input.Validate(c.RequestServices!.GetRequiredService<ApiOptions>().MaxArticleChars);
                if (errors.Count > 0)
                {
                    return new IngestArticlePayload(null, null, errors);
                }

                var extracted = c.RequestServices!.GetRequiredService<IArticleExtractor>().Extract(input.ToArticle());
                var graph = await CrossArticleResolver.ForNews(c.Store(), c.RequestServices!.GetRequiredService<RelationOntology>()).ResolveAsync(extracted, cancellationToken: c.CancellationToken);
                var result = await c.Store().UpsertArticleAsync(graph, c.CancellationToken);
                if (c.RequestServices!.GetService<StoryService>() is { } stories)
                {
                    await stories.OnArticleStoredAsync(graph, c.CancellationToken);
                }

                return new IngestArticlePayload(graph, result, []);
            });

        Field<NonNullGraphType<BooleanGraphType>>("deleteArticle")
            .Description("Removes an article and every fact only it supported. False when there was no such article.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                var deleted = await c.Store().DeleteArticleAsync(id, c.CancellationToken);
                if (deleted && c.RequestServices!.GetService<StoryService>() is { } stories)
                {
                    await stories.OnArticleDeletedAsync(id, c.CancellationToken);
                }

                return deleted;
            });
    }
}

/// <summary>What a client sends to ingest one article.</summary>
public sealed record ArticleInput
{
    public string? Id { get; init; }
    public string Title { get; init; } = "";
    public string Text { get; init; } = "";
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }
    public string? Source { get; init; }
    public string? License { get; init; }
    public string? Byline { get; init; }

    public IReadOnlyList<UserError> Validate(int maxTextChars)
    {
        var errors = new List<UserError>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            errors.Add(new UserError("title", "The title must not be empty.", "REQUIRED"));
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            errors.Add(new UserError("text", "The text must not be empty.", "REQUIRED"));
        }
        else if (Text.Length > maxTextChars)
        {
            errors.Add(new UserError("text", $"The text has {Text.Length:N0} characters; the limit is {maxTextChars:N0}.", "TOO_LONG"));
        }

        if (Url is not null && !(Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add(new UserError("url", "The url must be an absolute http(s) URL.", "INVALID_URL"));
        }

        if (Id is not null && (Id.Length is 0 or > 200 || Id.Any(char.IsControl)))
        {
            errors.Add(new UserError("id", "The id must have 1 to 200 characters and no control characters.", "INVALID_ID"));
        }

        return errors;
    }

    public Article ToArticle() => new()
    {
        Id = ArticleIds.Choose(Id, Url, Text.Trim()),
        Title = Title.Trim(),
        Text = Text.Trim(),
        Url = Url,
        Published = Published,
        Source = Source,
        License = License,
        Byline = string.IsNullOrWhiteSpace(Byline) ? null : Byline.Trim(),
    };
}

/// <summary>A problem with one input field, returned in the payload (not as a GraphQL error) so clients can show it by the field.</summary>
public sealed record UserError(string Field, string Message, string Code);

public sealed record IngestArticlePayload(ArticleGraph? Graph, WriteResult? Result, IReadOnlyList<UserError> Errors);

public sealed class ArticleInputGraphType : InputObjectGraphType<ArticleInput>
{
    public ArticleInputGraphType()
    {
        Name = "ArticleInput";
        Field<IdGraphType>("id").Description("Your id for the article; default: a digest of the url, else of the text.");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("text");
        Field<StringGraphType>("url");
        Field<CalendarDateGraphType>("published").Description("Relative dates in the text (\"next week\") resolve against it.");
        Field<StringGraphType>("source");
        Field<StringGraphType>("license");
        Field<StringGraphType>("byline").Description("Who wrote it, as the source credits them.");
    }
}

public sealed class UserErrorGraphType : ObjectGraphType<UserError>
{
    public UserErrorGraphType()
    {
        Name = "UserError";
        Field<NonNullGraphType<StringGraphType>>("field").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Code);
    }
}

public sealed class IngestArticlePayloadGraphType : ObjectGraphType<IngestArticlePayload>
{
    public IngestArticlePayloadGraphType()
    {
        Name = "IngestArticlePayload";
        Field<ArticleGraphType>("article").Resolve(c => c.Source.Graph is null ? null : c.Loaders().Articles.Load(c.Source.Graph.Article.Id));
        Field<BooleanGraphType>("changed").Description("False when the store already held exactly this article's graph.").Resolve(c => c.Source.Result is null ? null : c.Source.Result.Unchanged == 0);
        Field<IntGraphType>("entities").Description("Entities in the article's graph.").Resolve(c => c.Source.Graph?.Entities.Count);
        Field<IntGraphType>("relationships").Description("Relationships in the article's graph.").Resolve(c => c.Source.Graph?.Relations.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors").Description("Field-level input problems; empty on success.").Resolve(c => c.Source.Errors);
    }
}
