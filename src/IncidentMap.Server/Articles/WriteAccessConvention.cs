using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace IncidentMap.Server.Articles;

/// <summary>Puts <see cref="WriteAccessAttribute"/> on every action that answers POST, PUT, PATCH or DELETE, so a
/// new write endpoint cannot be added without the write check.</summary>
public sealed class WriteAccessConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        var methods = action.Selectors
            .SelectMany(s => s.ActionConstraints.OfType<HttpMethodActionConstraint>())
            .SelectMany(c => c.HttpMethods);
        var writes = methods.Any(m => !(HttpMethods.IsGet(m) || HttpMethods.IsHead(m) || HttpMethods.IsOptions(m)))
            || !action.Selectors.Any(s => s.ActionConstraints.OfType<HttpMethodActionConstraint>().Any());
        if (writes && !action.Filters.OfType<WriteAccessAttribute>().Any()) action.Filters.Add(new WriteAccessAttribute());
    }
}
