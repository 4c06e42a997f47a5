using System.Collections.Immutable;
using SccSite.Templates.Views;

namespace SccSite.Templates;

/// <summary>What the template checker knows about a value: a view, a list, an object literal, or anything.</summary>
public abstract record TemplateType
{
    public static readonly TemplateType Any = new AnyType();
    public static readonly TemplateType Scalar = new ScalarType();

    /// <summary>The type a C# property of a view has in templates.</summary>
    public static TemplateType FromClr(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (typeof(ITemplateView).IsAssignableFrom(type)) return new ViewType(type);
        if (type != typeof(string) && type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable)
            return new ListType(FromClr(enumerable.GetGenericArguments()[0]));
        return Scalar;
    }

    /// <summary>A stable text for memoizing checks of a partial per argument type.</summary>
    public abstract string Key { get; }
}

public sealed record AnyType : TemplateType
{
    public override string Key => "any";
}

public sealed record ScalarType : TemplateType
{
    public override string Key => "scalar";
}

public sealed record ViewType(Type Clr) : TemplateType
{
    public string Description => Clr.Name switch
    {
        nameof(PageView) => "the page view",
        nameof(SiteView) => "the site view",
        var name => "a " + name,
    };

    public override string Key => Clr.Name;
}

public sealed record ListType(TemplateType Element) : TemplateType
{
    public override string Key => $"list<{Element.Key}>";
}

/// <summary>An object literal written in a template, such as {page: page, eyebrow: null}.</summary>
public sealed record ObjectType(ImmutableSortedDictionary<string, TemplateType> Fields) : TemplateType
{
    public override string Key => "{" + string.Join(",", Fields.Select(f => f.Key + ":" + f.Value.Key)) + "}";
}
