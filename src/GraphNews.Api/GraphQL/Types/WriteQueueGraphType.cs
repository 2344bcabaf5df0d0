using GraphNews.Domain.Storage;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL.Types;

public sealed class WriteQueueGraphType : ObjectGraphType<WriteQueueStatus>
{
    public WriteQueueGraphType()
    {
        Name = "WriteQueue";
        Field<NonNullGraphType<IntGraphType>>("pending").Description("Accepted writes not yet in the store.").Resolve(c => c.Source.Pending);
        Field<NonNullGraphType<IntGraphType>>("failed").Description("Writes the store refused; kept for inspection, never dropped.").Resolve(c => c.Source.Failed);
        Field<StringGraphType>("lastError").Resolve(c => c.Source.LastError);
        Field<DateTimeOffsetGraphType>("lastErrorAt").Resolve(c => c.Source.LastErrorAt);
        Field<DateTimeOffsetGraphType>("lastWrittenAt").Resolve(c => c.Source.LastWrittenAt);
    }
}
