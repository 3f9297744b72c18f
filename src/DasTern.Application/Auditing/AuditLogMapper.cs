using Riok.Mapperly.Abstractions;

namespace DasTern.Auditing;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AuditLogMapper
{
    public static partial AuditLogDto ToDto(this AuditLog auditLog);

    public static partial EntityChangeDto ToDto(this EntityChange entityChange);

    public static partial DataAccessDto ToDto(this DataAccessLog dataAccessLog);

    public static partial SecurityLogDto ToDto(this SecurityLog securityLog);
}
