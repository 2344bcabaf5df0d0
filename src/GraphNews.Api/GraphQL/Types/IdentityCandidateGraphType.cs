using GraphNews.Domain.Storage;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL.Types;

public sealed class IdentityCandidateGraphType : ObjectGraphType<IdentityCandidateRecord>
{
    public IdentityCandidateGraphType()
    {
        Name = "IdentityCandidate";
        Description = "Two entities the resolver kept apart although they may be the same real-world thing.";
        Field<EntityInterface>("entity").Description("The entity as the article named it.").Resolve(c => c.Loaders().Entities.Load(c.Source.EntityId));
        Field<EntityInterface>("candidate").Description("The stored entity it may be.").Resolve(c => c.Loaders().Entities.Load(c.Source.CandidateId));
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Reason);
        Field<ArticleGraphType>("article").Description("The article that raised it.").Resolve(c => c.Loaders().Articles.Load(c.Source.ArticleId));
    }
}
