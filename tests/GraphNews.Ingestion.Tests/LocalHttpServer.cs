using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace GraphNews.Ingestion.Tests;

/// <summary>A tiny HTTP server on 127.0.0.1 for tests: each request is answered by the handler and recorded.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<HttpListenerRequest, Reply> handler;
    private readonly Task loop;

    public LocalHttpServer(Func<HttpListenerRequest, Reply> handler)
    {
        this.handler = handler;
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(BaseUri.ToString());
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri At(string path) => new(BaseUri, path);

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        Requests.Enqueue(new RecordedRequest(request.Url!.AbsolutePath, request.Headers["If-None-Match"], request.Headers["If-Modified-Since"]));
        var reply = handler(request);
        try
        {
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay);
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = reply.ContentType;
            foreach (var (name, value) in reply.Headers ?? [])
            {
                context.Response.Headers[name] = value;
            }

            if (reply.Body is { Length: > 0 } body)
            {
                context.Response.ContentLength64 = body.Length;
                await context.Response.OutputStream.WriteAsync(body);
            }

            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client gave up (a timeout test); nothing to answer.
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}

internal sealed record RecordedRequest(string Path, string? IfNoneMatch, string? IfModifiedSince);

internal sealed record Reply(int Status, byte[]? Body = null, string ContentType = "text/html; charset=utf-8", IReadOnlyList<(string, string)>? Headers = null, TimeSpan Delay = default)
{
    public static Reply Text(string body, string contentType = "text/html; charset=utf-8", params (string, string)[] headers) =>
        new(200, System.Text.Encoding.UTF8.GetBytes(body), contentType, headers);
}
