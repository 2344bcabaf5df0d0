using Microsoft.Playwright;

namespace GraphNews.Api.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// The API over <see cref="ExplorerGraphs"/> and Debian's Chromium driven by Playwright (never its own
/// browser download). Without Chromium the browser tests skip; CI installs it (.ci/install-test-deps.sh).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian puts Chromium; CHROMIUM_PATH overrides it.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public ApiServer Server { get; private set; } = null!;

    public Uri BaseAddress => Server.Client.BaseAddress!;

    public async ValueTask InitializeAsync()
    {
        Server = await ApiServer.StartAsync(ExplorerGraphs.All(), indexStories: true);
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page (own context) that records console errors, page errors and every requested URL.</summary>
    public async Task<WatchedPage> NewPageAsync()
    {
        if (browser is null)
        {
            Assert.Skip($"Chromium is not installed at {ChromiumPath} (set CHROMIUM_PATH or run .ci/install-test-deps.sh).");
        }

        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        return new WatchedPage(context, page);
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>A page and what it did: console errors, uncaught errors and requests.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];
    private readonly List<string> requests = [];

    public WatchedPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add($"console: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add($"page error: {error}");
            }
        };
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>No console or script errors, and no request left 127.0.0.1.</summary>
    public void AssertCleanAndLocal()
    {
        lock (errors)
        {
            Assert.Empty(errors);
        }

        lock (requests)
        {
            Assert.NotEmpty(requests);
            Assert.All(requests, url =>
            {
                var uri = new Uri(url);
                Assert.True(uri.Scheme is "data" or "blob" || uri.Host == "127.0.0.1", $"request left the server: {url}");
            });
        }
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
