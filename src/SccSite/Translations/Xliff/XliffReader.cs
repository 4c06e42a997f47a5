using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using SccSite.Engine;

namespace SccSite.Translations.Xliff;

/// <summary>
/// Reads an XLIFF file that SccSite exported and a translator filled in. Anything that is not
/// well-formed, not XLIFF 2, or not SccSite's (no skeleton, unknown codes) is an error at its line.
/// </summary>
public static class XliffReader
{
    private static readonly XNamespace Xlf = XliffDocument.Namespace;
    private static readonly XNamespace Scc = XliffDocument.SccNamespace;

    public static XliffDocument Read(string path, string display)
    {
        XDocument xml;
        try
        {
            using var stream = File.OpenRead(path);
            xml = XDocument.Load(stream, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new BuildException(new BuildError(display, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition),
                $"The file is not well-formed XML: {e.Message.Split(" Line ")[0]}", "Send back the file as exported, changing only the targets."));
        }
        var errors = new List<BuildError>();
        var root = xml.Root!;
        if (root.Name != Xlf + "xliff" || !(root.Attribute("version")?.Value ?? "").StartsWith("2.", StringComparison.Ordinal))
            throw new BuildException(At(display, root, $"This is not an XLIFF 2 document (its root is <{root.Name.LocalName}> {root.Name.NamespaceName}).",
                "Import a file made by 'translations export', in XLIFF 2.1."));
        var sourceLanguage = Required(display, root, "srcLang", errors);
        var targetLanguage = Required(display, root, "trgLang", errors);
        var pages = new List<XliffPage>();
        foreach (var file in root.Elements(Xlf + "file"))
        {
            try
            {
                pages.Add(ReadPage(display, file));
            }
            catch (BuildException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        if (pages.Count == 0 && errors.Count == 0)
            errors.Add(At(display, root, "The document has no <file> element.", "Import a file made by 'translations export'."));
        if (errors.Count > 0) throw new BuildException(errors);
        return new XliffDocument(sourceLanguage!, targetLanguage!, pages);
    }

    private static XliffPage ReadPage(string display, XElement file)
    {
        var errors = new List<BuildError>();
        var skeleton = file.Element(Xlf + "skeleton");
        var source = file.Attribute(Scc + "source")?.Value;
        var sourceVersion = file.Attribute(Scc + "sourceVersion")?.Value;
        var translationVersion = file.Attribute(Scc + "translationVersion")?.Value;
        if (skeleton is null || source is null || sourceVersion is null || translationVersion is null)
            throw new BuildException(At(display, file, "This <file> was not exported by SccSite: it has no SccSite skeleton and versions.",
                "Import only files made by 'translations export'; a CAT tool must keep the skeleton and the scc: attributes."));
        var parts = new List<SkeletonPart>();
        foreach (var node in skeleton.Nodes())
        {
            if (node is XText text) parts.Add(new SkeletonPart(text.Value));
            else if (node is XElement { Name.LocalName: "unit" } unit && unit.Name.Namespace == Scc && unit.Attribute("ref") is { } reference)
                parts.Add(new SkeletonPart(null, reference.Value, unit.Attribute("yaml")?.Value, unit.Attribute("value")?.Value));
            else errors.Add(At(display, node, "The skeleton holds something SccSite did not write.", "Keep the skeleton as exported."));
        }
        var units = new List<XliffUnit>();
        foreach (var unit in file.Descendants(Xlf + "unit"))
        {
            try
            {
                units.Add(ReadUnit(display, unit));
            }
            catch (BuildException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        var referenced = parts.Where(p => p.UnitId is not null).Select(p => p.UnitId!).ToList();
        foreach (var missing in referenced.Except(units.Select(u => u.Id)))
            errors.Add(At(display, skeleton, $"The skeleton refers to unit '{missing}', which is not in this <file>.", "Keep every unit as exported."));
        foreach (var extra in units.Where(u => !referenced.Contains(u.Id)))
            errors.Add(new BuildError(display, extra.Line, extra.Column, $"Unit '{extra.Id}' is not in the page's skeleton.", "Do not add or split units."));
        if (errors.Count > 0) throw new BuildException(errors);
        var (line, column) = Position(file);
        return new XliffPage(file.Attribute("id")?.Value ?? "", file.Attribute("original")?.Value ?? "", source, sourceVersion, translationVersion, parts, units) { Line = line, Column = column };
    }

    private static XliffUnit ReadUnit(string display, XElement unit)
    {
        var id = unit.Attribute("id")?.Value ?? throw new BuildException(At(display, unit, "A <unit> has no id.", "Keep the units as exported."));
        var segments = unit.Elements(Xlf + "segment").Concat(unit.Elements(Xlf + "ignorable")).ToList();
        if (segments.Count != 1)
            throw new BuildException(At(display, unit, $"Unit '{id}' has {segments.Count} segments; SccSite writes one per unit.", "Join the segments again, or translate the file without resegmenting."));
        var segment = segments[0];
        var data = unit.Element(Xlf + "originalData")?.Elements(Xlf + "data")
            .ToDictionary(d => d.Attribute("id")?.Value ?? "", d => Content(display, d, null, allowCodes: false).Select(p => ((TextPiece)p).Value).Aggregate("", string.Concat), StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var source = Content(display, segment.Element(Xlf + "source") ?? throw new BuildException(At(display, segment, $"Unit '{id}' has no <source>.", "Keep the sources as exported.")), data);
        var target = segment.Element(Xlf + "target") is { } t ? Content(display, t, data) : null;
        var kind = (unit.Attribute("type")?.Value ?? "scc:p").Split(':')[^1];
        var (line, column) = Position(unit);
        return new XliffUnit(id, kind, source, target, segment.Attribute("state")?.Value ?? "initial") { Line = line, Column = column };
    }

    /// <summary>The pieces of a &lt;source&gt;, &lt;target&gt; or &lt;data&gt;: text, &lt;ph&gt; and &lt;pc&gt; codes (their Markdown from original data), &lt;cp&gt; characters; &lt;mrk&gt; annotations are read through.</summary>
    private static List<Piece> Content(string display, XElement element, IReadOnlyDictionary<string, string>? data, bool allowCodes = true)
    {
        var pieces = new List<Piece>();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    pieces.Add(new TextPiece(text.Value));
                    break;
                case XElement { Name.LocalName: "cp" } cp when cp.Name.Namespace == Xlf:
                    pieces.Add(new TextPiece(((char)int.Parse(cp.Attribute("hex")?.Value ?? "0", NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()));
                    break;
                case XElement { Name.LocalName: "mrk" } mrk when mrk.Name.Namespace == Xlf && allowCodes:
                    pieces.AddRange(Content(display, mrk, data));
                    break;
                case XElement { Name.LocalName: "ph" } ph when ph.Name.Namespace == Xlf && allowCodes:
                    pieces.Add(new Code(Data(display, ph, "dataRef", data!), ph.Attribute("type")?.Value ?? "other"));
                    break;
                case XElement { Name.LocalName: "pc" } pc when pc.Name.Namespace == Xlf && allowCodes:
                    pieces.Add(new Pair(Data(display, pc, "dataRefStart", data!), Data(display, pc, "dataRefEnd", data!), pc.Attribute("type")?.Value ?? "fmt", Content(display, pc, data)));
                    break;
                case XElement other:
                    throw new BuildException(At(display, other, $"<{other.Name.LocalName}> is not a code SccSite understands here.",
                        "Keep the <ph> and <pc> codes as exported (move or delete them, but do not replace them with other codes)."));
            }
        }
        return pieces;
    }

    private static string Data(string display, XElement code, string attribute, IReadOnlyDictionary<string, string> data)
    {
        var reference = code.Attribute(attribute)?.Value;
        if (reference is not null && data.TryGetValue(reference, out var value)) return value;
        throw new BuildException(At(display, code, $"<{code.Name.LocalName}> refers to original data '{reference}', which the unit does not have.", "Keep the codes and the <originalData> as exported."));
    }

    private static string? Required(string display, XElement element, string attribute, List<BuildError> errors)
    {
        var value = element.Attribute(attribute)?.Value;
        if (value is null) errors.Add(At(display, element, $"<{element.Name.LocalName}> has no '{attribute}'.", "Import a file made by 'translations export'."));
        return value;
    }

    private static (int Line, int Column) Position(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (1, 1);

    private static BuildError At(string display, XObject node, string message, string hint)
    {
        var (line, column) = Position(node);
        return new BuildError(display, line, column, message, hint);
    }
}
