using GraphNews.Domain;
using GraphNews.Stories;

namespace GraphNews.Benchmarks;

/// <summary>
/// How many reports of each corpus the story index reads as reports of many events (a digest, a round-up), with
/// their titles on request: the Current-events days of the 2,000 items should be, single-event reports should not.
/// </summary>
public sealed class DigestFlagsBenchmark : IBenchmark
{
    public string Name => "digest-flags";

    public string Description => "Reports read as digests of many events, per corpus (--files A.jsonl,B.jsonl [--show] [--set Name=value]).";

    public Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue("files", out var files))
        {
            Console.Error.WriteLine("digest-flags: pass --files A.jsonl,B.jsonl.");
            return Task.FromResult(2);
        }

        var settings = options.TryGetValue("set", out var spec) ? StoryOptionsOverrides.Apply(StoryOptions.Default, spec) : StoryOptions.Default;
        var builder = new SignatureBuilder(RelationOntology.Default, TextTerms.LoadDefault(), settings);
        output.WriteLine("| benchmark | corpus | reports | read as digests |");
        output.WriteLine("|---|---|---:|---:|");
        foreach (var path in files.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var graphs = StoryCorpus.Extract(path);
            var digests = graphs.Where(g => builder.Build(g, g.Article.Id).ReportsManyEvents).ToList();
            output.WriteLine($"| {Name} | {Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)} | {graphs.Count} | {digests.Count} |");
            if (options.ContainsKey("show"))
            {
                foreach (var digest in digests)
                {
                    output.WriteLine($"    {digest.Article.Id}: {digest.Article.Title}");
                }
            }
        }

        return Task.FromResult(0);
    }
}
