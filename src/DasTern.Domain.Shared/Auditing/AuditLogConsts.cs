namespace DasTern.Auditing;

public static class AuditLogConsts
{
    public const int MaxUrlLength = 512;
    public const int MaxUserAgentLength = 512;
    public const int MaxIpAddressLength = 64;
    public const int MaxHttpMethodLength = 16;
    public const int MaxCorrelationIdLength = 64;
    public const int MaxClientIdLength = 128;
    public const int MaxUserNameLength = 256;
    public const int MaxExceptionTypeLength = 256;
    public const int MaxEntityTypeLength = 128;
    public const int MaxEntityIdLength = 128;
    public const int MaxResourceTypeLength = 64;
    public const int MaxResourceIdLength = 128;
    public const int MaxSecurityLogDetailLength = 256;
}
