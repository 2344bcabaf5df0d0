namespace GraphNews.Benchmarks;

/// <summary>One named benchmark. It prints its figures as Markdown table rows so they can go into docs/benchmarks.md.</summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken);
}
