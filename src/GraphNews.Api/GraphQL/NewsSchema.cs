using GraphNews.Api.GraphQL.Types;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL;

public sealed class NewsSchema : Schema
{
    public NewsSchema(IServiceProvider services, NewsQuery query, NewsMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "GraphNews: people, countries, organizations, locations and events from the news, joined by typed, dated, sourced relationships.";
        RegisterType(typeof(PersonGraphType));
        RegisterType(typeof(CountryGraphType));
        RegisterType(typeof(OrganizationGraphType));
        RegisterType(typeof(LocationGraphType));
        RegisterType(typeof(EventGraphType));
    }
}
