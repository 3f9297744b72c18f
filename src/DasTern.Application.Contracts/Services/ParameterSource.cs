namespace DasTern.Services;

public enum ParameterSource
{
    Route,
    Query,
    Body,
}
