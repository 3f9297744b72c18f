namespace DasTern.Services;

/// <summary>The verb, route template and argument placement an application-service method gets, on the server and in the client proxies alike.</summary>
public sealed record ConventionalRoute(string Verb, string Template, IReadOnlyList<ConventionalParameter> Parameters)
{
    public bool HasRouteParameters => Parameters.Any(parameter => parameter.Source == ParameterSource.Route);
}
