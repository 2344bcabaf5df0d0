using System.Text;

namespace GraphNews.Ingestion.Reading;

/// <summary>Decodes input bytes: a byte-order mark wins, then strict UTF-8, then Windows-1252-compatible Latin-1.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadFile(string path) => Decode(File.ReadAllBytes(path));

    public static string Decode(byte[] bytes)
    {
        using var probe = new MemoryStream(bytes);
        using var reader = new StreamReader(probe, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        try
        {
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
