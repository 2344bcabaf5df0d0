using GraphNews.Api.Paging;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL.Types;

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }
}

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>A Relay connection of <typeparamref name="TNodeType"/>: <c>totalCount</c>, <c>nodes</c>, <c>edges { cursor node }</c>, <c>pageInfo</c>.</summary>
public abstract class ConnectionGraphType<TNodeType, TNode> : ObjectGraphType<ConnectionPage<TNode>>
    where TNodeType : IGraphType
{
    protected ConnectionGraphType(string nodeName)
    {
        Name = nodeName + "Connection";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType, TNode>>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(c =>
        {
            var edges = c.Source.Edges.ToList();
            return new PageInfo(c.Source.HasNextPage, c.Source.HasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        });
    }
}

public sealed class EdgeGraphType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        var nodeName = typeof(TNodeType).Name.Replace("GraphType", string.Empty, StringComparison.Ordinal).Replace("Interface", string.Empty, StringComparison.Ordinal);
        Name = nodeName + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}

public sealed class InteractionConnectionGraphType() : ConnectionGraphType<InteractionGraphType, InteractionView>("Interaction");

public sealed class ArticleConnectionGraphType() : ConnectionGraphType<ArticleGraphType, GraphNews.Domain.Storage.ArticleRecord>("Article");

public sealed class EntityConnectionGraphType() : ConnectionGraphType<EntityInterface, GraphNews.Domain.Storage.EntityRecord>("Entity");

public sealed class RelationshipConnectionGraphType() : ConnectionGraphType<RelationshipGraphType, GraphNews.Domain.Storage.FactRecord>("Relationship");
