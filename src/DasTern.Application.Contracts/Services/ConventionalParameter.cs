namespace DasTern.Services;

/// <summary>Where one argument of a method travels; a complex <c>id</c> fills one route segment per property.</summary>
public sealed record ConventionalParameter(string Name, Type Type, ParameterSource Source);
