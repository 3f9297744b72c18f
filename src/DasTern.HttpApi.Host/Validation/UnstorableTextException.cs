using System.Text.Json;

namespace DasTern.Validation;

/// <summary>A JSON string PostgreSQL could not store; the serializer adds the member's path.</summary>
public sealed class UnstorableTextException() : JsonException("The text contains a NUL character or an unpaired surrogate.");
