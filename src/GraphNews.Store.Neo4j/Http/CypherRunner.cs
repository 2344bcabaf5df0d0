using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;

namespace GraphNews.Store.Neo4j.Http;

/// <summary>
/// Speaks Neo4j's HTTP APIs without a driver. The first call asks the server (<c>GET /</c>) which API it
/// offers: the Query API when the discovery document has a <c>query</c> key, else the transactional endpoint.
/// </summary>
public sealed class CypherRunner : ICypherRunner, IDisposable
{
    private readonly Neo4jHttpConnection connection;
    private readonly ResiliencePipeline pipeline;
    private readonly ILogger logger;
    private readonly HttpClient? ownedClient;
    private readonly SemaphoreSlim discoveryLock = new(1, 1);
    private ICypherTransport? transport;

    public CypherRunner(Neo4jOptions options, HttpClient? httpClient = null, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        options.Validate();
        this.logger = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        if (httpClient is null)
        {
            ownedClient = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            httpClient = ownedClient;
        }

        connection = new Neo4jHttpConnection(httpClient, options);
        pipeline = Neo4jResilience.Create(options, timeProvider ?? TimeProvider.System, this.logger);
    }

    /// <summary>The API in use once the first call has decided it; null before.</summary>
    public Neo4jApi? ApiInUse { get; private set; }

    public Task<CypherResult> RunAsync(CypherStatement statement, bool readOnly, CancellationToken cancellationToken = default) =>
        pipeline.ExecuteAsync(
            async ct => await (await TransportAsync(ct).ConfigureAwait(false)).RunAsync(statement, readOnly, ct).ConfigureAwait(false),
            cancellationToken).AsTask();

    public Task<IReadOnlyList<CypherResult>> RunInTransactionAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        if (statements.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<CypherResult>>([]);
        }

        return pipeline.ExecuteAsync(
            async ct => await (await TransportAsync(ct).ConfigureAwait(false)).RunInTransactionAsync(statements, ct).ConfigureAwait(false),
            cancellationToken).AsTask();
    }

    public void Dispose()
    {
        ownedClient?.Dispose();
        discoveryLock.Dispose();
    }

    private async ValueTask<ICypherTransport> TransportAsync(CancellationToken cancellationToken)
    {
        if (transport is not null)
        {
            return transport;
        }

        await discoveryLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (transport is null)
            {
                var api = connection.Options.Api == Neo4jApi.Auto ? await DiscoverAsync(cancellationToken).ConfigureAwait(false) : connection.Options.Api;
                transport = api == Neo4jApi.Query ? new QueryApiTransport(connection) : new TransactionalTransport(connection);
                ApiInUse = api;
            }

            return transport;
        }
        finally
        {
            discoveryLock.Release();
        }
    }

    private async Task<Neo4jApi> DiscoverAsync(CancellationToken cancellationToken)
    {
        var document = await connection.DiscoverAsync(cancellationToken).ConfigureAwait(false);
        var api = document is { } d && !d.TryGetProperty("query", out _) && d.TryGetProperty("transaction", out _)
            ? Neo4jApi.Transactional
            : Neo4jApi.Query;
        var version = document is { } v && v.TryGetProperty("neo4j_version", out var ver) && ver.ValueKind == JsonValueKind.String ? ver.GetString() : "unknown";
        logger.LogInformation("Neo4j {Version} at {Url}: using the {Api} API.", version, connection.Options.Url, api);
        return api;
    }
}
