namespace GraphNews.Ingestion.Reading;

public sealed record ReaderOptions
{
    public static readonly ReaderOptions Default = new();

    /// <summary>Largest article body accepted; larger items are refused with a message rather than exhausting memory.</summary>
    public int MaxArticleChars { get; init; } = 2_000_000;

    /// <summary>Largest single document read (an HTML page, a feed, a .txt file); larger ones are refused with a message.</summary>
    public long MaxArticleBytes { get; init; } = 10_000_000;

    /// <summary>Publication date for inputs that carry none (plain text without a sidecar).</summary>
    public DateOnly? DefaultPublished { get; init; }
}
