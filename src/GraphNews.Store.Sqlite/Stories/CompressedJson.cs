using System.IO.Compression;
using System.Text.Json;

namespace GraphNews.Store.Sqlite.Stories;

/// <summary>
/// JSON bodies stored Brotli-compressed: signatures, link reasons and story bodies repeat the same
/// property names and entity ids in every row, and at 100,000 articles their plain text is gigabytes.
/// </summary>
internal static class CompressedJson
{
    public static byte[] Serialize<T>(T value, JsonSerializerOptions options)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(json.Length)];
        // Quality 4 keeps most of the gain of higher levels at a fraction of their cost; window 22 is Brotli's default.
        if (!BrotliEncoder.TryCompress(json, buffer, out var written, quality: 4, window: 22))
        {
            throw new InvalidOperationException("Brotli could not compress a story body.");
        }

        return buffer[..written];
    }

    public static T Deserialize<T>(byte[] compressed, JsonSerializerOptions options)
    {
        using var input = new MemoryStream(compressed, writable: false);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(brotli, options)
            ?? throw new InvalidDataException("A stored story body is empty.");
    }
}
