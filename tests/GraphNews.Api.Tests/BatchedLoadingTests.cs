using System.Collections.Concurrent;
using System.Reflection;
using GraphNews.Domain;
using GraphNews.Domain.Storage;
using static GraphNews.Store.Contract.ContractGraphs;

namespace GraphNews.Api.Tests;

public sealed class BatchedLoadingTests
{
    [Fact]
    public async Task A_page_of_fifty_interactions_with_evidence_and_articles_costs_a_bounded_number_of_store_calls()
    {
        var counter = new ConcurrentDictionary<string, int>();
        var people = Enumerable.Range(0, 50).Select(i => new GraphEntity($"person:p{i}", EntityLabel.Person, $"Person {i}", [])).ToList();
        var graphs = people.Select((p, i) =>
        {
            var article = Article($"x{i}", $"Trump spoke with Person {i} about Ukraine.", new DateOnly(2025, 1, 1).AddDays(i));
            return Graph(article, [Trump, p, Ukraine], Relation(article, "SPOKE_WITH", Trump, p, topics: Ukraine));
        });
        await using var server = await ApiServer.StartAsync(graphs, wrap: store => CountingStore.Wrap(store, counter));

        var (status, body, _) = await server.PostAsync(
            """
            { interactions(actor: "Trump", first: 50) { totalCount nodes {
                actor { name } counterpart { name } topics { name }
                evidence { sentence article { title published } } } } }
            """);

        Assert.Equal(200, status);
        Assert.Equal(50, body["data"]!["interactions"]!["nodes"]!.AsArray().Count);
        Assert.Equal(1, counter.GetValueOrDefault(nameof(IGraphStore.GetEvidenceAsync)));
        Assert.Equal(1, counter.GetValueOrDefault(nameof(IGraphStore.GetArticlesAsync)));
        Assert.InRange(counter.GetValueOrDefault(nameof(IGraphStore.GetEntitiesAsync)), 1, 2);
        Assert.InRange(counter.Values.Sum(), 1, 8);
    }

    /// <summary>Forwards every call to the real store and counts calls per method.</summary>
    public class CountingStore : DispatchProxy
    {
        private IGraphStore inner = null!;
        private ConcurrentDictionary<string, int> counts = null!;

        public static IGraphStore Wrap(IGraphStore inner, ConcurrentDictionary<string, int> counts)
        {
            var proxy = Create<IGraphStore, CountingStore>();
            var self = (CountingStore)(object)proxy;
            self.inner = inner;
            self.counts = counts;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            counts.AddOrUpdate(targetMethod!.Name, 1, (_, n) => n + 1);
            try
            {
                return targetMethod.Invoke(inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
    }
}
