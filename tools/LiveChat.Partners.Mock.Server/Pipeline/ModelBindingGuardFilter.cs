using LiveChat.Partners.Mock.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// A safety net behind request validation: a value the document accepts but the generated types cannot
/// hold (an integer beyond 64 bits, say) fails model binding; it gets a 400 naming the field, never a 500.
/// </summary>
public sealed class ModelBindingGuardFilter : IActionFilter
{
    /// <inheritdoc />
    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.ModelState.IsValid)
        {
            return;
        }

        var fields = context.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => new ErrorField(
                string.IsNullOrEmpty(entry.Key) || entry.Key == "body" ? "body" : entry.Key.Replace("body.", string.Empty, StringComparison.Ordinal),
                "cannot be read as the documented type"))
            .DistinctBy(f => f.Name)
            .ToList();
        throw new ApiErrorException(400, ErrorBody.MessageFor(fields), [.. fields]);
    }

    /// <inheritdoc />
    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
