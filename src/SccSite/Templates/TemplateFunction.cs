using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SccSite.Templates;

/// <summary>
/// A template function called without reflection: Scriban's delegate import invokes through
/// MethodInfo on every call, which dominated rendering time.
/// </summary>
public sealed class TemplateFunction(int parameters, Func<TemplateContext, ScriptNode?, ScriptArray, object?> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => parameters;
    public int ParameterCount => parameters;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "arg" + index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != parameters)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"This function takes {parameters} argument(s), not {arguments.Count}.");
        return body(context, callerContext, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>A text argument, or a clear template error naming the call.</summary>
    public static string Text(ScriptNode? caller, ScriptArray arguments, int index) =>
        arguments[index] as string ?? throw new ScriptRuntimeException(caller?.Span ?? default, $"Argument {index + 1} must be a text, like \"nav.home\".");
}
