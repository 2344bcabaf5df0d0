using System.Security.Cryptography;
using System.Text;

namespace GraphNews.Ingestion.Reading;

/// <summary>Stable article ids: the id the input gives, else a digest of the URL, else of the text.</summary>
public static class ArticleIds
{
    public static string Choose(string? givenId, string? url, string text)
    {
        if (!string.IsNullOrWhiteSpace(givenId))
        {
            return givenId.Trim();
        }

        return !string.IsNullOrWhiteSpace(url) ? "url-" + Digest(url.Trim()) : "text-" + Digest(text);
    }

    private static string Digest(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 10));
}
