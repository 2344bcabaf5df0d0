using System.Net;

namespace GraphNews.Store.Neo4j.Http;

/// <summary>A failure reported by Neo4j or met on the way to it. <see cref="Code"/> is Neo4j's status code when it gave one.</summary>
public class Neo4jException(string message, string? code = null, HttpStatusCode? status = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string? Code { get; } = code;

    public HttpStatusCode? Status { get; } = status;

    /// <summary>True when the same request may succeed if simply tried again.</summary>
    public virtual bool IsTransient => false;
}

/// <summary><c>Neo.ClientError.*</c>: the request itself is wrong (syntax, constraint, unknown transaction …). Never retried.</summary>
public sealed class Neo4jClientException(string message, string code, HttpStatusCode? status)
    : Neo4jException(message, code, status);

/// <summary><c>Neo.TransientError.*</c> (deadlock, unavailable database …): retrying the whole transaction is safe.</summary>
public sealed class Neo4jTransientException(string message, string code, HttpStatusCode? status)
    : Neo4jException(message, code, status)
{
    public override bool IsTransient => true;
}

/// <summary><c>Neo.DatabaseError.*</c> or an unexpected server failure. Not retried.</summary>
public sealed class Neo4jDatabaseException(string message, string? code, HttpStatusCode? status)
    : Neo4jException(message, code, status);

/// <summary>401/403: wrong or missing credentials. Never retried.</summary>
public sealed class Neo4jAuthenticationException(string message, string? code, HttpStatusCode status)
    : Neo4jException(message, code, status);

/// <summary>The server could not be reached or answered 502/503/504.</summary>
public sealed class Neo4jUnavailableException(string message, HttpStatusCode? status = null, Exception? inner = null)
    : Neo4jException(message, null, status, inner)
{
    public override bool IsTransient => true;
}

/// <summary>The server answered something that is not the documented JSON.</summary>
public sealed class Neo4jProtocolException(string message, HttpStatusCode? status = null, Exception? inner = null)
    : Neo4jException(message, null, status, inner);

/// <summary>Turns a Neo4j error code into the matching exception.</summary>
public static class Neo4jErrorCodes
{
    /// <summary>Transient by name but fatal in meaning (timeout, kill, shutdown): the official drivers do not retry them.</summary>
    private static readonly HashSet<string> NotRetried = new(StringComparer.Ordinal)
    {
        "Neo.TransientError.Transaction.Terminated",
        "Neo.TransientError.Transaction.LockClientStopped",
    };

    public static bool IsRetryable(string code) =>
        code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) && !NotRetried.Contains(code);

    public static Neo4jException ToException(string code, string message, HttpStatusCode? status)
    {
        var text = $"{code}: {message}";
        if (IsRetryable(code))
        {
            return new Neo4jTransientException(text, code, status);
        }

        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) && status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return new Neo4jAuthenticationException(text, code, status.Value);
        }

        return code.StartsWith("Neo.ClientError.", StringComparison.Ordinal)
            ? new Neo4jClientException(text, code, status)
            : new Neo4jDatabaseException(text, code, status);
    }
}
