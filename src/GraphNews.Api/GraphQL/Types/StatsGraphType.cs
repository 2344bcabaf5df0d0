using GraphNews.Domain.Storage;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL.Types;

public sealed record LabelCount(string Key, int Count);

public sealed class CountGraphType : ObjectGraphType<LabelCount>
{
    public CountGraphType()
    {
        Name = "Count";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}

public sealed class StatsGraphType : ObjectGraphType<GraphStats>
{
    public StatsGraphType()
    {
        Name = "Stats";
        Field<NonNullGraphType<IntGraphType>>("articles").Resolve(c => c.Source.Articles);
        Field<NonNullGraphType<IntGraphType>>("entities").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<IntGraphType>>("relationships").Resolve(c => c.Source.Facts);
        Field<NonNullGraphType<IntGraphType>>("evidence").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("entitiesByLabel")
            .Resolve(c => c.Source.EntitiesByLabel.OrderBy(p => p.Key).Select(p => new LabelCount(p.Key.ToString(), p.Value)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("relationshipsByType")
            .Resolve(c => c.Source.FactsByType.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new LabelCount(p.Key, p.Value)).ToList());
    }
}
