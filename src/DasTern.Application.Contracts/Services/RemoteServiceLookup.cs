using System.Reflection;

namespace DasTern.Services;

/// <summary><c>[RemoteService]</c> counts on the member itself or, for a class, on any of its service interfaces.</summary>
public static class RemoteServiceLookup
{
    public static RemoteServiceAttribute? Find(MemberInfo member) =>
        member.GetCustomAttribute<RemoteServiceAttribute>()
        ?? (member as Type)?.GetInterfaces().Select(contract => contract.GetCustomAttribute<RemoteServiceAttribute>()).FirstOrDefault(found => found is not null);

    public static bool IsEnabled(MemberInfo member) => Find(member)?.IsEnabled ?? true;
}
