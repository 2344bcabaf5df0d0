namespace GraphNews.Ingestion.Reading;

public sealed record ReaderOptions
{
    public static readonly ReaderOptions Default = new();

    /// <summary>Largest article body accepted; larger items are refused with a message rather than exhausting memory.</summary>
    public int MaxArticleChars { get; init; } = 2_000_000;

    /// <summary>Largest single document read (an HTML page, a feed, a .txt file); larger ones are refused with a message.</summary>
    public long MaxArticleBytes { get; init; } = 10_000_000;

    /// <summary>
    /// Largest JSON document read whole (an object holding an array of articles); an array at the top, or JSON lines, is read
    /// one article at a time and has no such limit.
    /// </summary>
    public long MaxJsonDocumentBytes { get; init; } = 256_000_000;

    /// <summary>Publication date for inputs that carry none (plain text without a sidecar).</summary>
    public DateOnly? DefaultPublished { get; init; }
}
