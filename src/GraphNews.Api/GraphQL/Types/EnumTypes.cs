using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL.Types;

/// <summary>Modality values are written as in the extract JSON (<c>asserted</c>, <c>planned</c> …), so one vocabulary serves every output.</summary>
public sealed class ModalityGraphType : EnumerationGraphType
{
    public ModalityGraphType()
    {
        Name = "Modality";
        Description = "Whether a relationship happened (asserted), is scheduled (planned), is only possible or hoped for (potential), is denied (negated), or is someone's claim (reported).";
        foreach (var modality in Enum.GetValues<Modality>())
        {
            Add(modality.ToString().ToLowerInvariant(), modality);
        }
    }
}

/// <summary>One value per type of the relation ontology (Ontology/relations.json).</summary>
public sealed class RelationTypeGraphType : EnumerationGraphType
{
    public RelationTypeGraphType(RelationOntology ontology)
    {
        Name = "RelationType";
        Description = "A relationship type of the GraphNews ontology.";
        foreach (var type in ontology.Types)
        {
            Add(type.Name, type.Name, type.Description);
        }
    }
}

public sealed class EntityLabelGraphType : EnumerationGraphType
{
    public EntityLabelGraphType()
    {
        Name = "EntityLabel";
        foreach (var label in Enum.GetValues<EntityLabel>())
        {
            Add(label.ToString(), label);
        }
    }
}

public sealed class DirectionGraphType : EnumerationGraphType
{
    public DirectionGraphType()
    {
        Name = "Direction";
        Add("OUTGOING", Direction.Outgoing, "The entity is the source (either end for symmetric types).");
        Add("INCOMING", Direction.Incoming, "The entity is the target (either end for symmetric types).");
        Add("BOTH", Direction.Both, "Either end.");
    }
}
