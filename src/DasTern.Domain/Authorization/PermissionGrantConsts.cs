namespace DasTern.Authorization;

public static class PermissionGrantConsts
{
    public const int MaxNameLength = 128;
    public const int MaxProviderNameLength = 8;
    public const int MaxProviderKeyLength = 64;
}
