using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;

namespace GraphNews.Api.Web;

/// <summary>One file of Web/wwwroot as the assembly embeds it, with what a response needs to serve it.</summary>
public sealed record EmbeddedAsset(string Path, ReadOnlyMemory<byte> Content, string ContentType, string ETag);

/// <summary>
/// The files of Web/wwwroot, embedded in the assembly at build time so the API serves its pages and
/// their libraries with no npm, CDN or file system at run time.
/// </summary>
public sealed class EmbeddedAssets
{
    /// <summary>The logical-name prefix the csproj gives every embedded wwwroot file.</summary>
    public const string ResourcePrefix = "GraphNews.Api.wwwroot/";

    private readonly FrozenDictionary<string, EmbeddedAsset> assets;

    private EmbeddedAssets(FrozenDictionary<string, EmbeddedAsset> assets) => this.assets = assets;

    public IEnumerable<string> Paths => assets.Keys;

    public static EmbeddedAssets FromAssembly(Assembly assembly)
    {
        var types = new FileExtensionContentTypeProvider();
        var assets = new Dictionary<string, EmbeddedAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            // MSBuild's %(RecursiveDir) uses the build machine's separator.
            var path = name[ResourcePrefix.Length..].Replace('\\', '/');
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var contentType = types.TryGetContentType(path, out var type) ? type : "application/octet-stream";
            if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
            {
                contentType += "; charset=utf-8";
            }

            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..32] + "\"";
            assets[path] = new EmbeddedAsset(path, content, contentType, etag);
        }

        return new EmbeddedAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The asset at a path relative to wwwroot ("vendor/cytoscape/cytoscape.min.js"), or null.</summary>
    public EmbeddedAsset? Find(string path) => assets.GetValueOrDefault(path);
}
