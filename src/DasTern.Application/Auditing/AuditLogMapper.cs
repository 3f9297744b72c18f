using System.Text.Json;
using Riok.Mapperly.Abstractions;

namespace DasTern.Auditing;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AuditLogMapper
{
    public static partial AuditLogDto ToDto(this AuditLog auditLog);

    public static partial EntityChangeDto ToDto(this EntityChange entityChange);

    public static partial DataAccessDto ToDto(this DataAccessLog dataAccessLog);

    public static partial SecurityLogDto ToDto(this SecurityLog securityLog);

    /// <summary>The stored JSON array, handed out as objects so clients read it as JSON once.</summary>
    private static List<EntityPropertyChangeDto> ToPropertyChanges(string propertyChanges) =>
        JsonSerializer.Deserialize<List<EntityPropertyChangeDto>>(propertyChanges, JsonSerializerOptions.Web) ?? [];
}
