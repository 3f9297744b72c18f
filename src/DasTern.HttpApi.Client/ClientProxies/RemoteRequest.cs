using System.Collections;
using System.Globalization;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using DasTern.Services;

namespace DasTern.ClientProxies;

/// <summary>
/// Places the arguments where the convention says the server binds them: route segments, the query
/// (a complex object as one key per property, a list as repeated keys) or the JSON body.
/// </summary>
public static class RemoteRequest
{
    public static HttpRequestMessage Create(ConventionalRoute route, IReadOnlyList<object?> arguments, JsonSerializerOptions json)
    {
        var path = new StringBuilder(route.Template);
        var query = new List<string>();
        HttpContent? content = null;
        foreach (var (parameter, value) in route.Parameters.Zip(arguments))
        {
            switch (parameter.Source)
            {
                case ParameterSource.Route when ConventionalRouteBuilder.IsPrimitive(parameter.Type):
                    path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(Format(value ?? throw RouteValueMissing(parameter.Name))));
                    break;
                case ParameterSource.Route:
                    foreach (var property in ReadableProperties(parameter.Type))
                    {
                        var segment = property.GetValue(value ?? throw RouteValueMissing(parameter.Name)) ?? throw RouteValueMissing(property.Name);
                        path.Replace("{" + property.Name + "}", Uri.EscapeDataString(Format(segment)));
                    }

                    break;
                case ParameterSource.Body:
                    content = JsonContent.Create(value, parameter.Type, options: json);
                    break;
                case ParameterSource.Query when IsComplex(value):
                    // MVC binds a complex query argument from its properties' names, without the argument's own name.
                    AddProperties(query, string.Empty, value!, json);
                    break;
                default:
                    AddQuery(query, parameter.Name, value, json);
                    break;
            }
        }

        if (query.Count > 0)
        {
            path.Append('?').AppendJoin('&', query);
        }

        var request = new HttpRequestMessage(new HttpMethod(route.Verb), new Uri(path.ToString(), UriKind.Relative)) { Content = content };
        // The server localizes its messages (problem-details titles) by Accept-Language.
        if (CultureInfo.CurrentUICulture.Name is { Length: > 0 } culture)
        {
            request.Headers.AcceptLanguage.ParseAdd(culture);
        }

        return request;
    }

    private static void AddQuery(List<string> query, string name, object? value, JsonSerializerOptions json)
    {
        switch (value)
        {
            case null:
                return;
            case var primitive when ConventionalRouteBuilder.IsPrimitive(primitive.GetType()):
                query.Add(Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(Format(primitive)));
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    AddQuery(query, name, item, json);
                }

                return;
            default:
                AddProperties(query, name, value, json);
                return;
        }
    }

    private static void AddProperties(List<string> query, string prefix, object value, JsonSerializerOptions json)
    {
        foreach (var property in ReadableProperties(value.GetType()))
        {
            var name = json.PropertyNamingPolicy?.ConvertName(property.Name) ?? property.Name;
            AddQuery(query, prefix.Length == 0 ? name : prefix + "." + name, property.GetValue(value), json);
        }
    }

    private static bool IsComplex(object? value) =>
        value is not null and not IEnumerable && !ConventionalRouteBuilder.IsPrimitive(value.GetType());

    private static IEnumerable<PropertyInfo> ReadableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanRead && property.GetIndexParameters().Length == 0);

    private static string Format(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        Enum member => member.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static ArgumentNullException RouteValueMissing(string name) => new(name, $"The route value {name} is required.");
}
