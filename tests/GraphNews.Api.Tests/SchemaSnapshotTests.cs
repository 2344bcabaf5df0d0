using GraphNews.Api.GraphQL;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace GraphNews.Api.Tests;

/// <summary>
/// The published schema is checked in (src/GraphNews.Api/schema.graphql). A change to the schema must
/// be made on purpose: run the tests with GRAPHNEWS_UPDATE_SCHEMA=1 to rewrite the file, and review the diff.
/// </summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public void The_schema_matches_the_checked_in_schema_graphql()
    {
        var services = new ServiceCollection().AddGraphNewsApi(new ApiOptions()).BuildServiceProvider();
        var schema = services.GetRequiredService<NewsSchema>();
        schema.Initialize();
        var printed = schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Path.Combine(RepoRoot(), "src", "GraphNews.Api", "schema.graphql");

        if (Environment.GetEnvironmentVariable("GRAPHNEWS_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with GRAPHNEWS_UPDATE_SCHEMA=1 to create it.");
        var checkedIn = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(checkedIn == printed, "The GraphQL schema changed. If that is intended, run the tests with GRAPHNEWS_UPDATE_SCHEMA=1 and commit src/GraphNews.Api/schema.graphql.\n" + FirstDifference(checkedIn, printed));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}: checked in «{left}», now «{right}»";
            }
        }

        return string.Empty;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphNews.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GraphNews.sln not found");
    }
}
