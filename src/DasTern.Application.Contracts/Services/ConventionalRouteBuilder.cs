using System.Reflection;

namespace DasTern.Services;

/// <summary>
/// ABP's route rules: <c>api/{root}/{service}/{id?}/{action?}/{secondaryId?}</c>, where root is
/// <c>app</c> unless the service names another, the service name loses its AppService suffix and is
/// kebab-cased, <c>id</c> becomes a segment (one per property when complex), and a single other
/// parameter ending in <c>Id</c> follows the action segment.
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

        var typeName = serviceType.Name;
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

        return new ConventionalRoute(verb, string.Join('/', segments), routeParameters);
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
