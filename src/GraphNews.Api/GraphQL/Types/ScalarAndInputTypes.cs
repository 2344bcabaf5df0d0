using GraphNews.Domain.Storage;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL.Types;

/// <summary>A calendar date written yyyy-MM-dd.</summary>
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, yyyy-MM-dd.";
    }
}

public sealed class FactSortGraphType : EnumerationGraphType
{
    public FactSortGraphType()
    {
        Name = "RelationshipOrder";
        Add("DATE_DESC", FactSort.DateDescending, "Newest first (undated relationships by their latest article).");
        Add("DATE_ASC", FactSort.DateAscending, "Oldest first.");
        Add("CONFIDENCE_DESC", FactSort.ConfidenceDescending, "Most confident first.");
    }
}

/// <summary><c>where</c> for entities.</summary>
public sealed class EntityFilterGraphType : InputObjectGraphType<EntityFilter>
{
    public EntityFilterGraphType()
    {
        Name = "EntityWhere";
        Field<StringGraphType>("nameContains").Description("Part of the canonical name, ignoring case.");
        Field<ListGraphType<NonNullGraphType<EntityLabelGraphType>>>("labels").Description("Any of these labels.");
    }
}

/// <summary><c>where</c> for articles.</summary>
public sealed class ArticleFilterGraphType : InputObjectGraphType<ArticleFilter>
{
    public ArticleFilterGraphType()
    {
        Name = "ArticleWhere";
        Field<CalendarDateGraphType>("since").Description("Published on or after.");
        Field<CalendarDateGraphType>("until").Description("Published on or before.");
        Field<StringGraphType>("source").Description("Exactly this source.");
        Field<StringGraphType>("titleContains").Description("Part of the title, ignoring case.");
    }
}
