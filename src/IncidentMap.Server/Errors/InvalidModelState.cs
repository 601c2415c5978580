using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Errors;

/// <summary>Model binding that fails before an action runs answers like every other bad parameter: 400
/// problem+json naming it (whatever media type the action produces on success).</summary>
public static class InvalidModelState
{
    public static IActionResult Answer(ActionContext context)
    {
        var (key, entry) = context.ModelState.FirstOrDefault(e => e.Value?.Errors.Count > 0);
        var parameter = string.IsNullOrEmpty(key) ? "body" : key;
        var message = entry?.Errors.FirstOrDefault()?.ErrorMessage is { Length: > 0 } m ? m : $"'{parameter}' is not valid.";
        return Problems.Result(StatusCodes.Status400BadRequest, $"Invalid parameter '{parameter}'", message,
            new Dictionary<string, object?> { ["parameter"] = parameter });
    }
}
