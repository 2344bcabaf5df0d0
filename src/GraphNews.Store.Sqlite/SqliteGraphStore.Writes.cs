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
            await using var connection = await OpenAsync(cancellationToken, forWriting: true);
            await using var transaction = connection.BeginTransaction();
            await using var statements = new WriteStatements(connection, transaction);
            var touched = new Touched();
            var result = WriteResult.Empty;
            foreach (var graph in graphs)
            {
                result = result.Add(await WriteArticleAsync(statements, graph, touched, cancellationToken));
            }

            // Once per batch: an entity or fact a later article in the batch names again must not be dropped in between.
            await DropUnsupportedAsync(connection, transaction, touched, cancellationToken);
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
            await using var connection = await OpenAsync(cancellationToken, forWriting: true);
            await using var transaction = connection.BeginTransaction();
            await using var statements = new WriteStatements(connection, transaction);
            var touched = new Touched();
            await RemoveContributionsAsync(statements, articleId, touched, cancellationToken);
            var deleted = await connection.Command("DELETE FROM articles WHERE id = @id", transaction).With("@id", articleId).ExecuteAsync(cancellationToken);
            await DropUnsupportedAsync(connection, transaction, touched, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return deleted > 0;
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task<WriteResult> WriteArticleAsync(WriteStatements sql, ArticleGraph graph, Touched touched, CancellationToken cancellationToken)
    {
        var article = graph.Article;
        var fingerprint = ArticleGraphJson.Fingerprint(graph);
        if (await sql.Fingerprint.ScalarOfAsync(cancellationToken, article.Id) is string stored && stored == fingerprint)
        {
            return WriteResult.Empty with { Unchanged = 1 };
        }

        await RemoveContributionsAsync(sql, article.Id, touched, cancellationToken);
        await sql.UpsertArticle.RunAsync(cancellationToken, article.Id, article.Title, article.Text, article.Published.ToSqlDate(), article.Url, article.Source, article.License, article.Byline, fingerprint);

        foreach (var entity in graph.Entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            await sql.InsertEntity.RunAsync(cancellationToken, entity.Id, entity.Label.ToString(), entity.Name, NameKey(entity.Name));
            await sql.InsertMention.RunAsync(cancellationToken, article.Id, entity.Id);
            foreach (var alias in entity.Aliases.Append(entity.Name).Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal))
            {
                await sql.InsertAlias.RunAsync(cancellationToken, entity.Id, alias, NameKey(alias), article.Id);
            }

            touched.Entities.Add(entity.Id);
        }

        var facts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in graph.Relations)
        {
            var factId = FactIds.For(relation, ontology);
            await sql.InsertFact.RunAsync(cancellationToken, factId, relation.Type, relation.Source, relation.Target, ontology.IsSymmetric(relation.Type) ? 1 : 0, relation.Modality.ToString(), relation.Date.ToSqlDate(), relation.Role);
            foreach (var evidence in relation.Evidence)
            {
                await sql.UpsertEvidence.RunAsync(cancellationToken, factId, article.Id, evidence.Start, evidence.End, evidence.Sentence, relation.Confidence);
            }

            await sql.UpsertFactArticle.RunAsync(cancellationToken, factId, article.Id, article.Published.ToSqlDate(), relation.Confidence);
            foreach (var topic in relation.Topics.Distinct(StringComparer.Ordinal))
            {
                await sql.InsertTopic.RunAsync(cancellationToken, factId, topic, article.Id);
            }

            facts.Add(factId);
            touched.Facts.Add(factId);
        }

        foreach (var candidate in graph.Candidates)
        {
            await sql.InsertCandidate.RunAsync(cancellationToken, article.Id, candidate.EntityId, candidate.CandidateId, candidate.Score, candidate.Reason);
        }

        return new WriteResult(1, graph.Entities.Count, facts.Count);
    }

    /// <summary>Removes everything the article contributed, noting the facts and entities whose aggregates must be refreshed.</summary>
    private static async Task RemoveContributionsAsync(WriteStatements sql, string articleId, Touched touched, CancellationToken cancellationToken)
    {
        touched.Facts.UnionWith(await sql.FactsOfArticle.ReadStringsAsync(cancellationToken, articleId));
        touched.Entities.UnionWith(await sql.EntitiesOfArticle.ReadStringsAsync(cancellationToken, articleId));
        foreach (var delete in sql.DeleteContributions)
        {
            await delete.RunAsync(cancellationToken, articleId);
        }
    }

    /// <summary>
    /// Drops the touched facts and entities no article supports any more. Their counts, dates, names and
    /// full-text rows already follow the per-article rows through the schema's triggers.
    /// </summary>
    private static async Task DropUnsupportedAsync(SqliteConnection connection, SqliteTransaction transaction, Touched touched, CancellationToken cancellationToken)
    {
        if (touched.Facts.Count > 0)
        {
            await connection.Command("DELETE FROM facts WHERE id IN (SELECT value FROM json_each(@ids)) AND article_count = 0", transaction)
                .WithList("@ids", touched.Facts).ExecuteAsync(cancellationToken);
        }

        if (touched.Entities.Count > 0)
        {
            await connection.Command("DELETE FROM entities WHERE id IN (SELECT value FROM json_each(@ids)) AND article_count = 0", transaction)
                .WithList("@ids", touched.Entities).ExecuteAsync(cancellationToken);
        }
    }

    private sealed class Touched
    {
        public HashSet<string> Facts { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);
    }
}
