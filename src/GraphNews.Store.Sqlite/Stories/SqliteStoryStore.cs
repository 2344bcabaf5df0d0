using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Stories;
using Microsoft.Data.Sqlite;

namespace GraphNews.Store.Sqlite.Stories;

/// <summary>
/// Stories, signatures and RELATED_TO links in the embedded store's database file, next to the
/// graph; also reads the graph tables back as article graphs so the story index can catch up with
/// articles ingested before it was wired in.
/// </summary>
public sealed class SqliteStoryStore : IStoryStore, IStoryArticleSource
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter<EntityLabel>(), new JsonStringEnumConverter<SameEventDecision>() },
    };

    private const int LayoutVersion = 2;

    private static readonly string[] Tables = ["story_signatures", "related_links", "stories", "story_members", "story_entities"];

    private readonly SqliteDatabase database;

    public SqliteStoryStore(string path) => database = new SqliteDatabase(path);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.Command("PRAGMA journal_mode = WAL;").ExecuteAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var version = await connection.HasTableAsync("story_schema", cancellationToken, transaction) ? await connection.Command("SELECT max(version) FROM story_schema", transaction).ScalarAsync<long?>(cancellationToken) : null;
        if (version != LayoutVersion)
        {
            // Tables of an earlier layout hold only derived data: they are dropped, and the next sync rebuilds them from the articles.
            foreach (var table in Tables.Append("related_to").Append("story_schema"))
            {
                await connection.Command($"DROP TABLE IF EXISTS {table}", transaction).ExecuteAsync(cancellationToken);
            }

            await connection.Command(SqliteDatabase.LoadSql("stories.sql"), transaction).ExecuteAsync(cancellationToken);
            await connection.Command("INSERT INTO story_schema (version) VALUES (@v)", transaction).With("@v", LayoutVersion).ExecuteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Forgets every signature, link and story, so the next sync rebuilds them from the articles.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        foreach (var table in Tables)
        {
            await connection.Command($"DELETE FROM {table}", transaction).ExecuteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async IAsyncEnumerable<ArticleSignature> ReadSignaturesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT body FROM story_signatures ORDER BY rowid");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return CompressedJson.Deserialize<ArticleSignature>((byte[])reader.GetValue(0), Json);
        }
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> LoadMembershipAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.Command("SELECT story_id, article_id FROM story_members ORDER BY story_id, article_id")
            .ReadAllAsync(r => (Story: r.GetString(0), Article: r.GetString(1)), cancellationToken);
        return rows.GroupBy(r => r.Story, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Article).ToList(), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<(string A, string B)>> GetSameEventLinksAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.Command(
            """
            SELECT article_id, related_id FROM related_links
            WHERE same_event = 1 AND article_id IN (SELECT value FROM json_each(@ids)) AND related_id IN (SELECT value FROM json_each(@ids))
            """).WithList("@ids", articleIds).ReadAllAsync(r => (r.GetString(0), r.GetString(1)), cancellationToken);
    }

    public async Task ApplyAsync(IReadOnlyList<StoryUpdate> updates, CancellationToken cancellationToken = default)
    {
        // One transaction for all: a commit writes every page it touched, and consecutive updates touch the same pages.
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        foreach (var update in updates)
        {
            await ApplyAsync(connection, transaction, update, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, StoryUpdate update, CancellationToken cancellationToken)
    {
        var removed = update.RemovedArticles.Concat(update.Added is null ? [] : [update.Added.ArticleId]).Distinct(StringComparer.Ordinal).ToList();
        if (removed.Count > 0)
        {
            await connection.Command(
                """
                DELETE FROM story_signatures WHERE article_id IN (SELECT value FROM json_each(@ids));
                DELETE FROM related_links WHERE article_id IN (SELECT value FROM json_each(@ids));
                DELETE FROM related_links WHERE related_id IN (SELECT value FROM json_each(@ids));
                DELETE FROM story_members WHERE article_id IN (SELECT value FROM json_each(@ids));
                """, transaction).WithList("@ids", removed).ExecuteAsync(cancellationToken);
        }

        var stories = update.DeletedStories.Concat(update.Stories.Select(s => s.Id)).Distinct(StringComparer.Ordinal).ToList();
        if (stories.Count > 0)
        {
            await connection.Command(
                """
                DELETE FROM stories WHERE id IN (SELECT value FROM json_each(@ids));
                DELETE FROM story_members WHERE story_id IN (SELECT value FROM json_each(@ids));
                DELETE FROM story_entities WHERE story_id IN (SELECT value FROM json_each(@ids));
                """, transaction).WithList("@ids", stories).ExecuteAsync(cancellationToken);
        }

        if (update.Added is { } signature)
        {
            await connection.Command("INSERT INTO story_signatures (article_id, fingerprint, published, body) VALUES (@id, @fingerprint, @published, @body)", transaction)
                .With("@id", signature.ArticleId).With("@fingerprint", signature.Fingerprint).With("@published", signature.Published.ToSqlDate())
                .With("@body", CompressedJson.Serialize(signature, Json)).ExecuteAsync(cancellationToken);
        }

        foreach (var link in update.Links)
        {
            // Reasons read the same from both ends, so each pair is stored once, in id order.
            var (first, second) = string.CompareOrdinal(link.ArticleId, link.OtherId) < 0 ? (link.ArticleId, link.OtherId) : (link.OtherId, link.ArticleId);
            await connection.Command(
                "INSERT OR REPLACE INTO related_links (article_id, related_id, score, same_event, reasons) VALUES (@a, @b, @score, @same, @reasons)", transaction)
                .With("@a", first).With("@b", second).With("@score", link.Score).With("@same", link.Reasons.SameEvent ? 1 : 0)
                .With("@reasons", CompressedJson.Serialize(link.Reasons, Json)).ExecuteAsync(cancellationToken);
        }

        foreach (var story in update.Stories)
        {
            await WriteStoryAsync(connection, transaction, story, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<RelatedArticle>> GetRelatedAsync(string articleId, int first, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.Command(
            """
            SELECT other, score, reasons FROM (
                SELECT related_id AS other, score, reasons FROM related_links WHERE article_id = @id
                UNION ALL
                SELECT article_id AS other, score, reasons FROM related_links WHERE related_id = @id)
            ORDER BY score DESC, other LIMIT @limit
            """).With("@id", articleId).With("@limit", Math.Max(0, first))
            .ReadAllAsync(r => new RelatedArticle(r.GetString(0), r.GetDouble(1), CompressedJson.Deserialize<LinkReasons>((byte[])r.GetValue(2), Json)), cancellationToken);
    }

    public async Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.Command("SELECT body FROM stories WHERE id = @id").With("@id", storyId).ReadAllAsync(ReadStory, cancellationToken)).FirstOrDefault();
    }

    public async Task<StoryRecord?> GetStoryOfArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.Command("SELECT s.body FROM story_members m JOIN stories s ON s.id = m.story_id WHERE m.article_id = @id")
            .With("@id", articleId).ReadAllAsync(ReadStory, cancellationToken)).FirstOrDefault();
    }

    public async Task<Page<StoryRecord>> ListStoriesAsync(StoryFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        if (filter.EntityId is not null) where.Append(" AND s.id IN (SELECT story_id FROM story_entities WHERE entity_id = @entity)");
        if (filter.Since is not null) where.Append(" AND s.last_published >= @since");
        if (filter.Until is not null) where.Append(" AND s.first_published <= @until");
        void Bind(SqliteCommand c) => c.With("@entity", filter.EntityId).With("@since", filter.Since.ToSqlDate()).With("@until", filter.Until.ToSqlDate());

        await using var connection = await OpenAsync(cancellationToken);
        var count = connection.Command($"SELECT count(*) FROM stories s {where}");
        Bind(count);
        var total = await count.ScalarAsync<int>(cancellationToken);
        var select = connection.Command($"SELECT s.body FROM stories s {where} ORDER BY s.last_published DESC NULLS LAST, s.article_count DESC, s.id LIMIT @limit OFFSET @offset")
            .With("@limit", page.Limit).With("@offset", page.Offset);
        Bind(select);
        return new Page<StoryRecord>(await select.ReadAllAsync(ReadStory, cancellationToken), total, page.Offset);
    }

    public async Task<IReadOnlyList<ArticleVersion>> ListArticleVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (!await connection.HasTableAsync("articles", cancellationToken))
        {
            return [];
        }

        return await connection.Command("SELECT id, published, fingerprint FROM articles ORDER BY published, id")
            .ReadAllAsync(r => new ArticleVersion(r.GetString(0), r.GetNullableDate(1), r.GetString(2)), cancellationToken);
    }

    public async Task<ArticleGraph?> LoadGraphAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var articles = await connection.Command($"SELECT {SqliteGraphStore.ArticleColumns} FROM articles a WHERE a.id = @id").With("@id", articleId)
            .ReadAllAsync(r => SqliteGraphStore.ReadArticle(r).ToArticle(), cancellationToken);
        if (articles.Count == 0)
        {
            return null;
        }

        // The names the article itself wrote ("Assange" for Julian Assange): story linking finds a headline's who and a
        // paragraph's names by them.
        var forms = (await connection.Command("SELECT entity_id, alias FROM entity_aliases WHERE article_id = @id ORDER BY entity_id, alias").With("@id", articleId)
            .ReadAllAsync(r => (Entity: r.GetString(0), Alias: r.GetString(1)), cancellationToken)).ToLookup(f => f.Entity, f => f.Alias, StringComparer.Ordinal);
        var entities = await connection.Command("SELECT e.id, e.label, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = @id ORDER BY e.id")
            .With("@id", articleId)
            .ReadAllAsync(r => new GraphEntity(r.GetString(0), Enum.Parse<EntityLabel>(r.GetString(1)), r.GetString(2), [.. forms[r.GetString(0)].Where(f => f != r.GetString(2))]), cancellationToken);
        var topics = (await connection.Command("SELECT fact_id, topic_id FROM fact_topics WHERE article_id = @id ORDER BY fact_id, topic_id").With("@id", articleId)
            .ReadAllAsync(r => (Fact: r.GetString(0), Topic: r.GetString(1)), cancellationToken)).ToLookup(t => t.Fact, t => t.Topic);
        var relations = await connection.Command(
            """
            SELECT f.id, f.type, f.source_id, f.target_id, f.modality, f.date, f.role, max(e.confidence)
            FROM evidence e JOIN facts f ON f.id = e.fact_id WHERE e.article_id = @id
            GROUP BY f.id ORDER BY f.id
            """).With("@id", articleId)
            .ReadAllAsync(
                r => new GraphRelation
                {
                    Type = r.GetString(1),
                    Source = r.GetString(2),
                    Target = r.GetString(3),
                    Modality = Enum.Parse<Modality>(r.GetString(4)),
                    Date = r.GetNullableDate(5),
                    Role = r.GetNullableString(6),
                    Confidence = r.GetDouble(7),
                    Topics = topics[r.GetString(0)].ToList(),
                },
                cancellationToken);
        return new ArticleGraph(articles[0], entities, relations);
    }

    private static async Task WriteStoryAsync(SqliteConnection connection, SqliteTransaction transaction, StoryRecord story, CancellationToken cancellationToken)
    {
        await connection.Command(
            """
            INSERT INTO stories (id, title, first_published, last_published, article_count, body)
            VALUES (@id, @title, @first, @last, @count, @body)
            """, transaction)
            .With("@id", story.Id).With("@title", story.Title).With("@first", story.FirstPublished.ToSqlDate()).With("@last", story.LastPublished.ToSqlDate())
            .With("@count", story.Articles.Count).With("@body", CompressedJson.Serialize(story, Json)).ExecuteAsync(cancellationToken);
        await connection.Command(
            """
            INSERT OR REPLACE INTO story_members (article_id, story_id) SELECT value, @story FROM json_each(@articles);
            INSERT OR IGNORE INTO story_entities (entity_id, story_id) SELECT value, @story FROM json_each(@entities);
            """, transaction)
            .With("@story", story.Id).WithList("@articles", story.Articles.Select(a => a.ArticleId)).WithList("@entities", story.Entities.Select(e => e.Id))
            .ExecuteAsync(cancellationToken);
    }

    private static StoryRecord ReadStory(SqliteDataReader reader) => CompressedJson.Deserialize<StoryRecord>((byte[])reader.GetValue(0), Json);

    /// <summary>Every story-store call may write (the index is kept in step as articles arrive).</summary>
    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken, forWriting: true);
}
