using System.Globalization;
using System.IO.Compression;
using GraphNews.Ingestion.Reading;
using GraphNews.Stories;

namespace GraphNews.Benchmarks;

/// <summary>
/// Writes the background term counts that story linking weighs words against (src/GraphNews.Stories/Data/background-terms.tsv.gz)
/// from a corpus of general news: each Wikipedia Current-events digest counts as one report per paragraph, as the story
/// evaluation splits it. Not a measurement; it lives here beside the corpus code the story benchmarks share.
/// </summary>
public sealed class StoryBackgroundBuilder : IBenchmark
{
    private const int MinReports = 2;

    private static readonly HashSet<string> NoOtherItems = [];

    public string Name => "story-background";

    public string Description => "Builds the story background term counts (--articles FILE.jsonl, default the 2,000-item corpus; --out FILE.tsv.gz, default the shipped table).";

    public Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var articles = options.GetValueOrDefault("articles", StoryCorpus.Corpus);
        var outPath = options.GetValueOrDefault("out", "src/GraphNews.Stories/Data/background-terms.tsv.gz");
        if (!File.Exists(articles))
        {
            Console.Error.WriteLine($"story-background: '{articles}' not found (pass --articles).");
            return Task.FromResult(2);
        }

        var counter = new BackgroundTerms.Counter(TextTerms.LoadDefault(), StoryOptions.Default);
        foreach (var item in ArticleInputs.ReadFile(articles, ReaderOptions.Default).Where(r => r.IsSuccess))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var report in StoryCorpus.CorpusReports(item.Article!, NoOtherItems))
            {
                counter.Add(report.Title, report.Text);
            }
        }

        using (var file = File.Create(outPath))
        using (var zip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(zip) { NewLine = "\n" })
        {
            counter.Write(writer, MinReports,
            [
                "How many reports of general news have each term, as story linking keeps an article's terms (terms in fewer than "
                    + MinReports.ToString(CultureInfo.InvariantCulture) + " reports left out).",
                "Built by: dotnet run -c Release --project tests/GraphNews.Benchmarks -- story-background",
                "From: " + Path.GetFileName(articles) + ", Wikinews articles (CC BY 2.5, Wikinews contributors) and Wikipedia",
                "Current events paragraphs (CC BY-SA 4.0, Wikipedia contributors); only counts of their words are kept.",
            ]);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{counter.Documents} reports counted; {new FileInfo(outPath).Length:N0} bytes written to {outPath}"));
        return Task.FromResult(0);
    }
}
