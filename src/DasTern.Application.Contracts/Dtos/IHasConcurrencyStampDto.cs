namespace DasTern.Dtos;

/// <summary>A DTO that carries the stamp read with the record; updates must send it back.</summary>
public interface IHasConcurrencyStampDto
{
    string ConcurrencyStamp { get; set; }
}
