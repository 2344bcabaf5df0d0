namespace GraphNews.Ingestion.Reading;

/// <summary>
/// A quick count of the items local inputs hold (lines of .jsonl, one per other file), so progress can show
/// a percentage and an ETA. URLs and standard input cannot be counted in advance: the estimate is null.
/// </summary>
public static class InputEstimate
{
    public static long? Count(IEnumerable<string> inputs)
    {
        long total = 0;
        foreach (var input in inputs)
        {
            if (input == "-" || ArticleSources.IsUrl(input, out _))
            {
                return null;
            }

            var files = Directory.Exists(input) ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories) : File.Exists(input) ? [input] : [];
            foreach (var file in files)
            {
                total += CountFile(file);
            }
        }

        return total;
    }

    private static long CountFile(string file)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is ".txt" or ".html" or ".htm")
        {
            return 1;
        }

        if (extension != ".jsonl")
        {
            return 0;
        }

        try
        {
            return File.ReadLines(file).LongCount(l => !string.IsNullOrWhiteSpace(l));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
