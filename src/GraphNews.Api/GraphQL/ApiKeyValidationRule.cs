using System.Security.Cryptography;
using System.Text;
using GraphNews.Api.Http;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;

namespace GraphNews.Api.GraphQL;

/// <summary>
/// Mutations need the configured key in X-Api-Key; without a configured key they are disabled, so a
/// server started without thought never accepts writes. Queries stay open unless configured otherwise.
/// </summary>
public sealed class ApiKeyValidationRule(ApiOptions options) : ValidationRuleBase
{
    public const string Header = "X-Api-Key";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Disabled = "MUTATIONS_DISABLED";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var isMutation = context.Operation.Operation == OperationType.Mutation;
        if (!isMutation && !options.RequireApiKeyForQueries)
        {
            return default;
        }

        if (options.ApiKey is null)
        {
            if (isMutation)
            {
                context.ReportError(new ValidationError("Mutations are disabled: start the server with --api-key (or GRAPHNEWS__APIKEY) and send the key in X-Api-Key.") { Code = Disabled });
            }

            return default;
        }

        var http = context.UserContext.TryGetValue(ApiUserContext.HttpContextKey, out var value) ? value as HttpContext : null;
        var given = http?.Request.Headers[Header].ToString() ?? string.Empty;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.ApiKey)))
        {
            context.ReportError(new ValidationError($"This operation needs a valid {Header} header.") { Code = Unauthenticated });
        }

        return default;
    }
}
