using System.Collections.Frozen;
using System.Reflection;
using SccSite.Text;
using Scriban;
using Scriban.Runtime;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace SccSite.Templates.Views;

/// <summary>
/// Reads the fields of an <see cref="ITemplateView"/> for Scriban, by snake_case name, through
/// delegates made once per type: no reflection while rendering.
/// </summary>
public sealed class ViewAccessor : IObjectAccessor
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, ViewAccessor> Cache = new();
    private readonly FrozenDictionary<string, Func<object, object?>> _getters;

    private ViewAccessor(Type type)
    {
        Fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToFrozenDictionary(p => Naming.Snake(p.Name), p => p.PropertyType, StringComparer.Ordinal);
        _getters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToFrozenDictionary(p => Naming.Snake(p.Name), Getter, StringComparer.Ordinal);
    }

    public static ViewAccessor For(Type type) => Cache.GetOrAdd(type, t => new ViewAccessor(t));

    /// <summary>The fields a template may read, with their C# types.</summary>
    public FrozenDictionary<string, Type> Fields { get; }

    private static Func<object, object?> Getter(PropertyInfo property)
    {
        var wrap = typeof(ViewAccessor).GetMethod(nameof(Wrap), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(property.DeclaringType!, property.PropertyType);
        return (Func<object, object?>)wrap.Invoke(null, [property.GetMethod!])!;
    }

    private static Func<object, object?> Wrap<TView, TValue>(MethodInfo getter)
    {
        var typed = getter.CreateDelegate<Func<TView, TValue>>();
        return target => typed((TView)target);
    }

    public int GetMemberCount(TemplateContext context, ScribanSpan span, object target) => _getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, ScribanSpan span, object target) => _getters.Keys;

    public bool HasMember(TemplateContext context, ScribanSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, ScribanSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }
        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, ScribanSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, ScribanSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, ScribanSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type IndexType => typeof(string);
}
