namespace GraphNews.Domain;

/// <summary>Whether a relationship happened, is scheduled, is only possible, is denied, or is someone's claim.</summary>
public enum Modality
{
    Asserted,
    Planned,
    Potential,
    Negated,
    Reported,
}
