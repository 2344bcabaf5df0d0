namespace GraphNews.Domain;

public enum EntityLabel
{
    Person,
    Country,
    Location,
    Organization,
    Event,
}
