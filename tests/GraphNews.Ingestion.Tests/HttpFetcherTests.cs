using GraphNews.Ingestion.Fetching;
using Microsoft.Extensions.Time.Testing;

namespace GraphNews.Ingestion.Tests;

public sealed class HttpFetcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly FetchOptions Fast = FetchOptions.Default with { RetryDelay = TimeSpan.Zero, PerHostDelay = TimeSpan.Zero, MaxRetries = 3 };

    private static HttpFetcher Fetcher(HttpClient http, FetchOptions? options = null, IHttpValidatorStore? validators = null) =>
        new(http, options ?? Fast, TimeProvider.System, validators);

    [Fact]
    public async Task A_transient_server_error_is_retried_until_the_page_arrives()
    {
        var calls = 0;
        using var server = new LocalHttpServer(_ => Interlocked.Increment(ref calls) <= 2 ? new Reply(503) : Reply.Text("<p>ok</p>"));
        using var http = HttpFetcher.CreateClient();

        var result = await Fetcher(http).FetchAsync(server.At("page"), Ct);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal("<p>ok</p>", System.Text.Encoding.UTF8.GetString(result.Body!));
        Assert.Equal("utf-8", result.Charset);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_persistent_failure_gives_up_after_the_retries_and_a_404_is_not_retried()
    {
        using var server = new LocalHttpServer(r => r.Url!.AbsolutePath == "/gone" ? new Reply(404) : new Reply(500));
        using var http = HttpFetcher.CreateClient();
        var fetcher = Fetcher(http, Fast with { MaxRetries = 2 });

        var broken = await fetcher.FetchAsync(server.At("broken"), Ct);
        var gone = await fetcher.FetchAsync(server.At("gone"), Ct);

        Assert.Equal((FetchOutcome.Failed, "HTTP 500 Internal Server Error"), (broken.Outcome, broken.Error));
        Assert.StartsWith("HTTP 404", gone.Error);
        Assert.Equal(3, server.Requests.Count(r => r.Path == "/broken"));
        Assert.Equal(1, server.Requests.Count(r => r.Path == "/gone"));
    }

    [Fact]
    public async Task The_second_fetch_is_conditional_and_an_unchanged_document_is_reported_as_not_modified()
    {
        var lastModified = new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.Zero);
        using var server = new LocalHttpServer(r => r.Headers["If-None-Match"] == "\"v1\""
            ? new Reply(304)
            : Reply.Text("<rss/>", "application/rss+xml", ("ETag", "\"v1\""), ("Last-Modified", lastModified.ToString("R"))));
        using var http = HttpFetcher.CreateClient();
        var validators = new InMemoryValidatorStore();

        var first = await Fetcher(http, validators: validators).FetchAsync(server.At("feed"), Ct);
        var second = await Fetcher(http, validators: validators).FetchAsync(server.At("feed"), Ct);

        Assert.Equal((FetchOutcome.Ok, FetchOutcome.NotModified), (first.Outcome, second.Outcome));
        var requests = server.Requests.ToArray();
        Assert.Null(requests[0].IfNoneMatch);
        Assert.Equal("\"v1\"", requests[1].IfNoneMatch);
        Assert.Equal(lastModified, DateTimeOffset.Parse(requests[1].IfModifiedSince!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_a_message()
    {
        using var server = new LocalHttpServer(_ => new Reply(200, new byte[50_000]));
        using var http = HttpFetcher.CreateClient();

        var result = await Fetcher(http, Fast with { MaxBytes = 10_000 }).FetchAsync(server.At("big"), Ct);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("larger than the limit of 10,000 bytes", result.Error);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_reported_as_a_timeout()
    {
        using var server = new LocalHttpServer(_ => Reply.Text("late") with { Delay = TimeSpan.FromSeconds(10) });
        using var http = HttpFetcher.CreateClient();

        var result = await Fetcher(http, Fast with { Timeout = TimeSpan.FromSeconds(1), MaxRetries = 1 }).FetchAsync(server.At("slow"), Ct);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.StartsWith("timed out", result.Error);

        // The server records a request on a thread of its own, which a busy machine may run after the client gave up on it.
        for (var wait = 0; server.Requests.Count < 2 && wait < 200; wait++)
        {
            await Task.Delay(50, Ct);
        }

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Requests_to_one_host_wait_for_the_minimum_delay_while_other_hosts_go_ahead()
    {
        var time = new FakeTimeProvider();
        var politeness = new HostPoliteness(TimeSpan.FromSeconds(1), time);
        var a = new Uri("http://a.example/1");

        await politeness.WaitTurnAsync(a, Ct);
        var secondToA = politeness.WaitTurnAsync(new Uri("http://a.example/2"), Ct);
        var firstToB = politeness.WaitTurnAsync(new Uri("http://b.example/1"), Ct);

        Assert.True(firstToB.IsCompletedSuccessfully);
        Assert.False(secondToA.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(secondToA.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await secondToA.WaitAsync(TimeSpan.FromSeconds(5), Ct);
    }

    [Fact]
    public async Task Retry_back_off_follows_the_injected_clock()
    {
        var time = new FakeTimeProvider();
        var calls = 0;
        using var server = new LocalHttpServer(_ => Interlocked.Increment(ref calls) == 1 ? new Reply(503) : Reply.Text("<p>ok</p>"));
        using var http = HttpFetcher.CreateClient();
        var fetcher = new HttpFetcher(http, Fast with { RetryDelay = TimeSpan.FromMinutes(10) }, time);

        var fetch = fetcher.FetchAsync(server.At("page"), Ct);
        while (server.Requests.IsEmpty)
        {
            await Task.Delay(10, Ct);
        }

        await Task.Delay(200, Ct);
        Assert.False(fetch.IsCompleted);
        Assert.Single(server.Requests);
        time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(FetchOutcome.Ok, (await fetch.WaitAsync(TimeSpan.FromSeconds(20), Ct)).Outcome);
        Assert.Equal(2, server.Requests.Count);
    }
}
