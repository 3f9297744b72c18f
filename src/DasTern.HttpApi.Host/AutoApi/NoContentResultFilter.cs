using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DasTern.AutoApi;

/// <summary>A method without a result answers 204 No Content rather than an empty 200.</summary>
public sealed class NoContentResultFilter : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is EmptyResult or ObjectResult { Value: null })
        {
            context.Result = new NoContentResult();
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
