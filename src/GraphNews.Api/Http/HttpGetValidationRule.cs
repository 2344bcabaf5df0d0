using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphNews.Api.Http;

/// <summary>GET must not change state: only query operations may run over GET (answered 405).</summary>
internal sealed class HttpGetValidationRule : ValidationRuleBase
{
    public const string Code = "MUTATION_OVER_GET";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError($"Only queries may be sent with GET; send {context.Operation.Operation.ToString().ToLowerInvariant()} operations with POST.") { Code = Code });
        }

        return default;
    }
}
