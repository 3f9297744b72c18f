namespace DasTern.ExceptionHandling;

public sealed class EntityNotFoundException : BusinessException
{
    public EntityNotFoundException(Type entityType, object id)
        : base(CommonErrorCodes.EntityNotFound, $"There is no {entityType.Name} with id {id}.", 404)
    {
        WithData("EntityType", entityType.Name);
        WithData("Id", id);
    }
}
