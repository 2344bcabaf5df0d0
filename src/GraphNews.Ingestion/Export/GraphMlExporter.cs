using System.Globalization;
using System.Text;
using System.Xml;

namespace GraphNews.Ingestion.Export;

/// <summary>
/// <c>graph.graphml</c> for Gephi, yEd or NetworkX: entities and articles as nodes, facts and
/// mentions as directed edges. Evidence is left out (it lives in the json and Neo4j exports);
/// list values are joined with '; '.
/// </summary>
public sealed class GraphMlExporter : IGraphExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("n_kind", "node", "kind", "string"), ("n_label", "node", "label", "string"), ("n_name", "node", "name", "string"),
        ("n_aliases", "node", "aliases", "string"), ("n_articleCount", "node", "articleCount", "int"),
        ("n_title", "node", "title", "string"), ("n_published", "node", "published", "string"), ("n_url", "node", "url", "string"),
        ("n_source", "node", "source", "string"),
        ("e_type", "edge", "type", "string"), ("e_id", "edge", "id", "string"), ("e_modality", "edge", "modality", "string"),
        ("e_confidence", "edge", "confidence", "double"), ("e_date", "edge", "date", "string"), ("e_role", "edge", "role", "string"),
        ("e_topicIds", "edge", "topicIds", "string"), ("e_articleCount", "edge", "articleCount", "int"),
        ("e_firstSeen", "edge", "firstSeen", "string"), ("e_lastSeen", "edge", "lastSeen", "string"),
    ];

    public string Format => "graphml";

    public string Description => "GraphML (entities and articles as nodes; facts and mentions as edges)";

    public async Task<ExportSummary> ExportAsync(GraphSnapshotReader reader, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(Path.Combine(directory, "graph.graphml"), settings);
        await xml.WriteStartDocumentAsync().ConfigureAwait(false);
        await xml.WriteStartElementAsync(null, "graphml", Namespace).ConfigureAwait(false);
        foreach (var key in Keys)
        {
            await xml.WriteStartElementAsync(null, "key", Namespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, key.Id).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "for", null, key.For).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "attr.name", null, key.Name).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "attr.type", null, key.Type).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        await xml.WriteStartElementAsync(null, "graph", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, "graphnews").ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed").ConfigureAwait(false);

        var entities = 0;
        await foreach (var e in reader.EntitiesAsync(cancellationToken).ConfigureAwait(false))
        {
            entities++;
            await ElementAsync(xml, "node", [("id", e.Id)],
                [("n_kind", "Entity"), ("n_label", e.Label.ToString()), ("n_name", e.Name), ("n_aliases", string.Join("; ", e.Aliases)),
                 ("n_articleCount", e.ArticleCount.ToString(CultureInfo.InvariantCulture))]).ConfigureAwait(false);
        }

        var articles = 0;
        await foreach (var a in reader.ArticlesAsync(cancellationToken).ConfigureAwait(false))
        {
            articles++;
            await ElementAsync(xml, "node", [("id", a.Id)],
                [("n_kind", "Article"), ("n_title", a.Title), ("n_published", a.Published is { } p ? ExportModel.Date(p) : null), ("n_url", a.Url), ("n_source", a.Source)]).ConfigureAwait(false);
        }

        var facts = 0;
        var evidence = 0;
        await foreach (var (f, support) in reader.FactsWithEvidenceAsync(cancellationToken).ConfigureAwait(false))
        {
            facts++;
            evidence += support.Count;
            await ElementAsync(xml, "edge", [("id", f.Id), ("source", f.SourceId), ("target", f.TargetId)],
                [("e_type", f.Type), ("e_id", f.Id), ("e_modality", f.Modality.ToString()), ("e_confidence", f.Confidence.ToString("R", CultureInfo.InvariantCulture)),
                 ("e_date", f.Date is { } d ? ExportModel.Date(d) : null), ("e_role", f.Role), ("e_topicIds", string.Join("; ", f.TopicIds)),
                 ("e_articleCount", f.ArticleCount.ToString(CultureInfo.InvariantCulture)),
                 ("e_firstSeen", f.FirstSeen is { } fs ? ExportModel.Date(fs) : null), ("e_lastSeen", f.LastSeen is { } ls ? ExportModel.Date(ls) : null)]).ConfigureAwait(false);
        }

        var mentions = 0;
        await foreach (var (article, entity) in reader.MentionsAsync(cancellationToken).ConfigureAwait(false))
        {
            mentions++;
            await ElementAsync(xml, "edge", [("source", article), ("target", entity)], [("e_type", "MENTIONS")]).ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndDocumentAsync().ConfigureAwait(false);
        return new ExportSummary(articles, entities, facts, evidence, mentions, ["graph.graphml"]);
    }

    private static async Task ElementAsync(XmlWriter xml, string name, (string Name, string Value)[] attributes, (string Key, string? Value)[] data)
    {
        await xml.WriteStartElementAsync(null, name, Namespace).ConfigureAwait(false);
        foreach (var (attribute, value) in attributes)
        {
            await xml.WriteAttributeStringAsync(null, attribute, null, value).ConfigureAwait(false);
        }

        foreach (var (key, value) in data.Where(d => d.Value is not null))
        {
            await xml.WriteStartElementAsync(null, "data", Namespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "key", null, key).ConfigureAwait(false);
            await xml.WriteStringAsync(XmlSafe(value!)).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    /// <summary>XML 1.0 cannot carry most control characters at all: they are dropped.</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) ? new string(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray()) : text;
}
