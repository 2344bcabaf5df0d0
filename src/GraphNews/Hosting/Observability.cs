using System.CommandLine;
using GraphNews.Ingestion.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraphNews.Cli.Hosting;

/// <summary>
/// Logs, traces and metrics for a verb. Logs are structured (message templates; <c>--log-format json</c>
/// for one JSON object per line) and go to stderr. Traces and metrics are exported over OTLP when an
/// endpoint is given with <c>--otlp-endpoint</c> or the standard OTEL_EXPORTER_OTLP_ENDPOINT variable.
/// </summary>
internal sealed class Observability
{
    private const string ServiceName = "graphnews";

    private readonly Option<LogLevel> logLevel = new("--log-level") { Description = "Least severe log messages written to stderr.", DefaultValueFactory = _ => LogLevel.Error };
    private readonly Option<string> logFormat = new("--log-format") { Description = "Log format: text or json.", DefaultValueFactory = _ => "text" };
    private readonly Option<string?> otlp = new("--otlp-endpoint") { Description = "Export traces and metrics over OTLP to this endpoint (also OTEL_EXPORTER_OTLP_ENDPOINT)." };

    public Observability() => logFormat.AcceptOnlyFromAmong("text", "json");

    public IEnumerable<Option> Options => [logLevel, logFormat, otlp];

    /// <summary>Only the exporter option, for verbs that configure their logging elsewhere (serve).</summary>
    public IEnumerable<Option> ExportOptions => [otlp];

    public ILoggerFactory CreateLoggers(ParseResult parse) => LoggerFactory.Create(builder => ConfigureLogging(builder, parse));

    public void ConfigureLogging(ILoggingBuilder builder, ParseResult parse)
    {
        builder.ClearProviders().SetMinimumLevel(parse.GetValue(logLevel));
        if (parse.GetValue(logFormat) == "json")
        {
            builder.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
        else
        {
            builder.AddSimpleConsole(o => o.SingleLine = true);
        }

        builder.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    /// <summary>Exporters for a command-line run; dispose to flush. Nothing is set up without an endpoint.</summary>
    public IDisposable StartExport(ParseResult parse)
    {
        var endpoint = Endpoint(parse);
        if (endpoint is null)
        {
            return new CompositeDisposable([]);
        }

        var resource = ResourceBuilder.CreateDefault().AddService(ServiceName);
        var tracer = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource).AddSource(IngestTelemetry.SourceName)
            .AddOtlpExporter(o => o.Endpoint = endpoint).Build();
        var meter = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource).AddMeter(IngestTelemetry.SourceName)
            .AddOtlpExporter(o => o.Endpoint = endpoint).Build();
        return new CompositeDisposable([tracer, meter]);
    }

    /// <summary>For the server: request traces and metrics plus the ingestion's own, exported when an endpoint is set.</summary>
    public void ConfigureServer(WebApplicationBuilder builder, ParseResult parse)
    {
        var endpoint = Endpoint(parse);
        if (endpoint is null)
        {
            return;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddSource(IngestTelemetry.SourceName))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter(IngestTelemetry.SourceName))
            .UseOtlpExporter(OtlpExportProtocol.Grpc, endpoint);
    }

    private Uri? Endpoint(ParseResult parse)
    {
        var text = parse.GetValue(otlp) ?? Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var endpoint) ? endpoint : throw new CliException($"The OTLP endpoint must be an absolute URL, not '{text}'.");
    }

    private sealed class CompositeDisposable(IReadOnlyList<IDisposable?> parts) : IDisposable
    {
        public void Dispose()
        {
            foreach (var part in parts)
            {
                part?.Dispose();
            }
        }
    }
}
