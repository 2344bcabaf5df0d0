using GraphNews.Domain;

namespace GraphNews.Ingestion.Reading;

/// <summary>Where an input item came from: a file, and the line for line-oriented formats or the item's number in a JSON array.</summary>
public sealed record InputLocation(string File, int? Line = null, int? Item = null)
{
    public override string ToString() => Line is not null ? $"{File}:{Line}" : Item is not null ? $"{File}, item {Item}" : File;
}

/// <summary>One item of input: an article, or the reason it could not be read.</summary>
public sealed record ArticleReadResult(InputLocation Location, Article? Article, string? Error)
{
    public static ArticleReadResult Ok(InputLocation location, Article article) => new(location, article, null);

    public static ArticleReadResult Failed(InputLocation location, string error) => new(location, null, error);

    public bool IsSuccess => Article is not null;
}
