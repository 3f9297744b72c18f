using System.Reflection;

namespace DasTern.Services;

/// <summary>One reading of an application-service method's name, for every entry point and the client proxies.</summary>
public static class ServiceMethods
{
    /// <summary>
    /// A read (ABP's GET verbs: <c>Get*</c>) runs without a transaction; anything else runs in one.
    /// The same table picks the HTTP verb, so a GET is never transactional and a write always is.
    /// </summary>
    public static bool IsReadOnly(MethodInfo method) => HttpVerbConvention.VerbOf(method.Name) == "GET";
}
