namespace DasTern.Services;

/// <summary>The verb and route template an application-service method gets.</summary>
public sealed record ConventionalRoute(string Verb, string Template, IReadOnlySet<string> RouteParameters);
