namespace DasTern.ExceptionHandling;

public sealed class EntityNotFoundException : BusinessException
{
    public EntityNotFoundException(Type entityType, object id)
        : this(entityType.Name, id, $"There is no {entityType.Name} with id {id}.")
    {
    }

    /// <summary>The failure as a client proxy reads it back, which knows the entity by name only.</summary>
    public EntityNotFoundException(string entityTypeName, object? id, string message)
        : base(CommonErrorCodes.EntityNotFound, message, 404)
    {
        WithData("EntityType", entityTypeName);
        WithData("Id", id);
    }
}
