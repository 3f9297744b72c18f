namespace DasTern.Auditing;

public enum EntityChangeType
{
    Created,
    Updated,
    Deleted,
}
