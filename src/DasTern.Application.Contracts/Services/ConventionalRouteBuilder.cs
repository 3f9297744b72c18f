using System.Reflection;

namespace DasTern.Services;

/// <summary>
/// ABP's route rules: <c>api/{root}/{service}/{id?}/{action?}/{secondaryId?}</c>, where root is
/// <c>app</c> unless the service names another, the service name loses its AppService suffix and is
/// kebab-cased, <c>id</c> becomes a segment (one per property when complex), and a single other
/// parameter ending in <c>Id</c> follows the action segment. Other arguments go in the body when
/// complex and the verb has one, else in the query. The server maps each contract method through
/// <see cref="Build"/> and the client proxies do too, so a route cannot differ between them.
/// </summary>
public static class ConventionalRouteBuilder
{
    public const string DefaultRootPath = "app";

    private static readonly string[] ServicePostfixes = ["AppService", "ApplicationService", "Service"];

    public static string ServiceNameOf(Type serviceType)
    {
        // An empty name puts the actions right under the root path (/api/account/register-patient).
        if (RemoteServiceLookup.Find(serviceType)?.Name is { } name)
        {
            return name;
        }

        // The contract IMedicineAppService and its class MedicineAppService name the same service.
        var typeName = serviceType.IsInterface && serviceType.Name.Length > 1 && serviceType.Name[0] == 'I' && char.IsUpper(serviceType.Name[1])
            ? serviceType.Name[1..]
            : serviceType.Name;
        var postfix = ServicePostfixes.FirstOrDefault(candidate => typeName.EndsWith(candidate, StringComparison.Ordinal) && typeName.Length > candidate.Length);
        return KebabCase.From(postfix is null ? typeName : typeName[..^postfix.Length]);
    }

    public static ConventionalRoute Build(Type serviceType, MethodInfo method)
    {
        var verb = HttpVerbConvention.VerbOf(method.Name);
        var root = RemoteServiceLookup.Find(serviceType)?.RootPath ?? DefaultRootPath;
        var segments = new List<string> { "api", root };
        if (ServiceNameOf(serviceType) is { Length: > 0 } serviceName)
        {
            segments.Add(serviceName);
        }

        var routeParameters = new HashSet<string>(StringComparer.Ordinal);
        var parameters = method.GetParameters();

        var id = parameters.FirstOrDefault(parameter => parameter.Name == "id");
        if (id is not null)
        {
            if (IsPrimitive(id.ParameterType))
            {
                segments.Add("{id}");
                routeParameters.Add("id");
            }
            else
            {
                foreach (var property in id.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    segments.Add("{" + property.Name + "}");
                    routeParameters.Add(property.Name);
                }
            }
        }

        var action = ActionSegmentOf(method.Name, verb);
        if (action.Length > 0)
        {
            segments.Add(action);
            var secondaryIds = parameters.Where(parameter => parameter.Name!.EndsWith("Id", StringComparison.Ordinal)).ToList();
            if (secondaryIds.Count == 1)
            {
                segments.Add("{" + secondaryIds[0].Name + "}");
                routeParameters.Add(secondaryIds[0].Name!);
            }
        }

        var placed = parameters
            .Select(parameter => new ConventionalParameter(parameter.Name!, parameter.ParameterType, SourceOf(parameter, verb, routeParameters)))
            .ToList();
        return new ConventionalRoute(verb, string.Join('/', segments), placed);
    }

    /// <summary>Whether a contract method is reachable over HTTP: neither it nor its contract says <c>[RemoteService(false)]</c>.</summary>
    public static bool IsRemote(Type serviceType, MethodInfo method) =>
        RemoteServiceLookup.IsEnabled(serviceType) && RemoteServiceLookup.IsEnabled(method);

    private static ParameterSource SourceOf(ParameterInfo parameter, string verb, IReadOnlySet<string> routeParameters)
    {
        // A complex id is spread over its properties' segments.
        if (routeParameters.Contains(parameter.Name!) || (parameter.Name == "id" && !IsPrimitive(parameter.ParameterType)))
        {
            return ParameterSource.Route;
        }

        return !IsPrimitive(parameter.ParameterType) && !HttpVerbConvention.IsBodyless(verb) ? ParameterSource.Body : ParameterSource.Query;
    }

    public static bool IsPrimitive(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(Guid)
            || underlying == typeof(decimal) || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset)
            || underlying == typeof(DateOnly) || underlying == typeof(TimeOnly) || underlying == typeof(TimeSpan);
    }

    private static string ActionSegmentOf(string methodName, string verb)
    {
        var name = HttpVerbConvention.RemoveVerbPrefix(methodName, verb);
        if (name.EndsWith("Async", StringComparison.Ordinal))
        {
            name = name[..^"Async".Length];
        }

        return KebabCase.From(name);
    }
}
