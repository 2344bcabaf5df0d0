using GraphNews.Domain;
using GraphNews.Domain.Storage;
using Microsoft.Data.Sqlite;

namespace GraphNews.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<WriteResult> UpsertArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default) =>
        UpsertArticlesAsync([graph], cancellationToken);

    public async Task<WriteResult> UpsertArticlesAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken = default)
    {
        foreach (var graph in graphs)
        {
            ArticleGraphValidator.Validate(graph, ontology);
        }

        await writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction();
            var result = WriteResult.Empty;
            foreach (var graph in graphs)
            {
                result = result.Add(await WriteArticleAsync(connection, transaction, graph, cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            writeLock.Release();
        }
    }

    public async Task<bool> DeleteArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction();
            var touched = await RemoveContributionsAsync(connection, transaction, articleId, cancellationToken);
            var deleted = await connection.Command("DELETE FROM articles WHERE id = @id", transaction).With("@id", articleId).ExecuteAsync(cancellationToken);
            await RefreshAsync(connection, transaction, touched, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return deleted > 0;
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task<WriteResult> WriteArticleAsync(SqliteConnection connection, SqliteTransaction transaction, ArticleGraph graph, CancellationToken cancellationToken)
    {
        var article = graph.Article;
        var fingerprint = ArticleGraphJson.Fingerprint(graph);
        var stored = await connection.Command("SELECT fingerprint FROM articles WHERE id = @id", transaction).With("@id", article.Id).ScalarAsync<string>(cancellationToken);
        if (stored == fingerprint)
        {
            return WriteResult.Empty with { Unchanged = 1 };
        }

        var touched = await RemoveContributionsAsync(connection, transaction, article.Id, cancellationToken);

        await connection.Command(
            """
            INSERT INTO articles (id, title, text, published, url, source, license, fingerprint)
            VALUES (@id, @title, @text, @published, @url, @source, @license, @fingerprint)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, text = excluded.text, published = excluded.published,
                url = excluded.url, source = excluded.source, license = excluded.license, fingerprint = excluded.fingerprint
            """, transaction)
            .With("@id", article.Id).With("@title", article.Title).With("@text", article.Text).With("@published", article.Published.ToSqlDate())
            .With("@url", article.Url).With("@source", article.Source).With("@license", article.License).With("@fingerprint", fingerprint)
            .ExecuteAsync(cancellationToken);

        foreach (var entity in graph.Entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            await WriteEntityAsync(connection, transaction, article.Id, entity, cancellationToken);
            touched.Entities.Add(entity.Id);
        }

        foreach (var relation in graph.Relations)
        {
            var factId = FactIds.For(relation, ontology);
            await WriteFactAsync(connection, transaction, article.Id, factId, relation, cancellationToken);
            touched.Facts.Add(factId);
        }

        foreach (var candidate in graph.Candidates)
        {
            await connection.Command(
                """
                INSERT OR REPLACE INTO identity_candidates (article_id, entity_id, candidate_id, score, reason)
                VALUES (@article, @entity, @candidate, @score, @reason)
                """, transaction)
                .With("@article", article.Id).With("@entity", candidate.EntityId).With("@candidate", candidate.CandidateId)
                .With("@score", candidate.Score).With("@reason", candidate.Reason).ExecuteAsync(cancellationToken);
        }

        await RefreshAsync(connection, transaction, touched, cancellationToken);
        return new WriteResult(1, graph.Entities.Count, graph.Relations.Select(r => FactIds.For(r, ontology)).Distinct().Count());
    }

    private static async Task WriteEntityAsync(SqliteConnection connection, SqliteTransaction transaction, string articleId, GraphEntity entity, CancellationToken cancellationToken)
    {
        await connection.Command("INSERT OR IGNORE INTO entities (id, label, name, name_key) VALUES (@id, @label, @name, @key)", transaction)
            .With("@id", entity.Id).With("@label", entity.Label.ToString()).With("@name", entity.Name).With("@key", NameKey(entity.Name))
            .ExecuteAsync(cancellationToken);
        await connection.Command("INSERT OR IGNORE INTO mentions (article_id, entity_id) VALUES (@article, @entity)", transaction)
            .With("@article", articleId).With("@entity", entity.Id).ExecuteAsync(cancellationToken);
        foreach (var alias in entity.Aliases.Append(entity.Name).Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal))
        {
            await connection.Command("INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, article_id) VALUES (@entity, @alias, @key, @article)", transaction)
                .With("@entity", entity.Id).With("@alias", alias).With("@key", NameKey(alias)).With("@article", articleId)
                .ExecuteAsync(cancellationToken);
        }
    }

    private async Task WriteFactAsync(SqliteConnection connection, SqliteTransaction transaction, string articleId, string factId, GraphRelation relation, CancellationToken cancellationToken)
    {
        await connection.Command(
            """
            INSERT OR IGNORE INTO facts (id, type, source_id, target_id, symmetric, modality, date, role)
            VALUES (@id, @type, @source, @target, @symmetric, @modality, @date, @role)
            """, transaction)
            .With("@id", factId).With("@type", relation.Type).With("@source", relation.Source).With("@target", relation.Target)
            .With("@symmetric", ontology.IsSymmetric(relation.Type) ? 1 : 0).With("@modality", relation.Modality.ToString())
            .With("@date", relation.Date.ToSqlDate()).With("@role", relation.Role)
            .ExecuteAsync(cancellationToken);

        foreach (var evidence in relation.Evidence)
        {
            await connection.Command(
                """
                INSERT INTO evidence (fact_id, article_id, start, "end", sentence, confidence)
                VALUES (@fact, @article, @start, @end, @sentence, @confidence)
                ON CONFLICT (fact_id, article_id, start) DO UPDATE SET confidence = max(confidence, excluded.confidence)
                """, transaction)
                .With("@fact", factId).With("@article", articleId).With("@start", evidence.Start).With("@end", evidence.End)
                .With("@sentence", evidence.Sentence).With("@confidence", relation.Confidence)
                .ExecuteAsync(cancellationToken);
        }

        foreach (var topic in relation.Topics.Distinct(StringComparer.Ordinal))
        {
            await connection.Command("INSERT OR IGNORE INTO fact_topics (fact_id, topic_id, article_id) VALUES (@fact, @topic, @article)", transaction)
                .With("@fact", factId).With("@topic", topic).With("@article", articleId).ExecuteAsync(cancellationToken);
        }
    }

    /// <summary>Removes everything the article contributed and returns the facts and entities whose aggregates must be refreshed.</summary>
    private static async Task<Touched> RemoveContributionsAsync(SqliteConnection connection, SqliteTransaction transaction, string articleId, CancellationToken cancellationToken)
    {
        var touched = new Touched();
        touched.Facts.UnionWith(await connection.Command("SELECT DISTINCT fact_id FROM evidence WHERE article_id = @id", transaction)
            .With("@id", articleId).ReadAllAsync(r => r.GetString(0), cancellationToken));
        touched.Entities.UnionWith(await connection.Command("SELECT entity_id FROM mentions WHERE article_id = @id", transaction)
            .With("@id", articleId).ReadAllAsync(r => r.GetString(0), cancellationToken));
        foreach (var table in (string[])["evidence", "fact_topics", "entity_aliases", "mentions", "identity_candidates"])
        {
            await connection.Command($"DELETE FROM {table} WHERE article_id = @id", transaction).With("@id", articleId).ExecuteAsync(cancellationToken);
        }

        return touched;
    }

    /// <summary>Recomputes aggregates of touched facts and entities, and drops those no article supports any more.</summary>
    private static async Task RefreshAsync(SqliteConnection connection, SqliteTransaction transaction, Touched touched, CancellationToken cancellationToken)
    {
        if (touched.Facts.Count > 0)
        {
            await connection.Command(
                """
                DELETE FROM facts WHERE id IN (SELECT value FROM json_each(@ids))
                    AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.fact_id = facts.id);
                UPDATE facts SET
                    confidence = (SELECT max(e.confidence) FROM evidence e WHERE e.fact_id = facts.id),
                    article_count = (SELECT count(DISTINCT e.article_id) FROM evidence e WHERE e.fact_id = facts.id),
                    first_seen = (SELECT min(a.published) FROM evidence e JOIN articles a ON a.id = e.article_id WHERE e.fact_id = facts.id),
                    last_seen = (SELECT max(a.published) FROM evidence e JOIN articles a ON a.id = e.article_id WHERE e.fact_id = facts.id)
                WHERE id IN (SELECT value FROM json_each(@ids));
                UPDATE facts SET sort_date = coalesce(date, last_seen) WHERE id IN (SELECT value FROM json_each(@ids));
                """, transaction).WithList("@ids", touched.Facts).ExecuteAsync(cancellationToken);
        }

        if (touched.Entities.Count > 0)
        {
            await connection.Command(
                """
                UPDATE entities SET article_count = (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id)
                WHERE id IN (SELECT value FROM json_each(@ids));
                DELETE FROM entities WHERE id IN (SELECT value FROM json_each(@ids)) AND article_count = 0;
                DELETE FROM entity_search WHERE entity_id IN (SELECT value FROM json_each(@ids));
                INSERT INTO entity_search (entity_id, names)
                SELECT e.id, e.name || ' ' || coalesce((SELECT group_concat(DISTINCT a.alias) FROM entity_aliases a WHERE a.entity_id = e.id), '')
                FROM entities e WHERE e.id IN (SELECT value FROM json_each(@ids));
                """, transaction).WithList("@ids", touched.Entities).ExecuteAsync(cancellationToken);
        }
    }

    private sealed class Touched
    {
        public HashSet<string> Facts { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);
    }
}
