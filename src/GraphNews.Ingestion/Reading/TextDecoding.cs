using System.Text;
using UtfUnknown;

namespace GraphNews.Ingestion.Reading;

/// <summary>
/// Decodes input bytes: a byte-order mark wins, then a charset the transport declared, then strict UTF-8,
/// then the charset a statistical detector guesses, and finally Windows-1252-compatible Latin-1.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string ReadFile(string path) => Decode(File.ReadAllBytes(path));

    public static string Decode(byte[] bytes, string? declaredCharset = null)
    {
        var bom = Bom(bytes);
        if (bom is not null)
        {
            return bom.GetString(bytes.AsSpan(bom.Preamble.Length));
        }

        if (Named(declaredCharset) is { } declared)
        {
            return declared.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var guess = CharsetDetector.DetectFromBytes(bytes).Detected;
            return (guess?.Encoding ?? Named(guess?.EncodingName) ?? Encoding.Latin1).GetString(bytes);
        }
    }

    /// <summary>An encoding by its IANA name, or null when the name is missing or unknown.</summary>
    public static Encoding? Named(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? Bom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };
}
