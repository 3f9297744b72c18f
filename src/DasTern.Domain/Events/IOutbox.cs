namespace DasTern.Events;

/// <summary>Writes a message into the current unit of work and has it delivered once that commits.</summary>
public interface IOutbox
{
    Task AddAsync(object message);
}
