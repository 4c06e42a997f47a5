using System.Text;
using System.Xml;

namespace SccSite.Translations.Xliff;

/// <summary>
/// Writes XLIFF 2.1 (core only). Inline Markdown becomes &lt;ph&gt; and &lt;pc&gt; codes whose Markdown is kept
/// in the unit's &lt;originalData&gt;; the page around the units is the file's &lt;skeleton&gt;. Whitespace
/// is added only between structural elements, never inside content.
/// </summary>
public static class XliffWriter
{
    private const string Xlf = XliffDocument.Namespace;
    private const string Scc = XliffDocument.SccNamespace;

    public static string Write(XliffDocument document)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = false, OmitXmlDeclaration = false, Encoding = Encoding.UTF8, NewLineHandling = NewLineHandling.Entitize }))
        {
            xml.WriteStartDocument();
            xml.WriteWhitespace("\n");
            xml.WriteStartElement("xliff", Xlf);
            xml.WriteAttributeString("xmlns", "scc", null, Scc);
            xml.WriteAttributeString("version", XliffDocument.Version);
            xml.WriteAttributeString("srcLang", document.SourceLanguage);
            xml.WriteAttributeString("trgLang", document.TargetLanguage);
            foreach (var page in document.Pages) WritePage(xml, page);
            xml.WriteWhitespace("\n");
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private static void WritePage(XmlWriter xml, XliffPage page)
    {
        xml.WriteWhitespace("\n  ");
        xml.WriteStartElement("file", Xlf);
        xml.WriteAttributeString("id", page.Id);
        xml.WriteAttributeString("canResegment", "no"); // one segment per unit: the import writes units back whole
        xml.WriteAttributeString("original", page.Original);
        xml.WriteAttributeString("source", Scc, page.Source);
        xml.WriteAttributeString("sourceVersion", Scc, page.SourceVersion);
        xml.WriteAttributeString("translationVersion", Scc, page.TranslationVersion);
        xml.WriteWhitespace("\n    ");
        xml.WriteStartElement("skeleton", Xlf);
        foreach (var part in page.Skeleton)
        {
            if (part.Text is not null)
            {
                WriteText(xml, part.Text, page.Original);
                continue;
            }
            xml.WriteStartElement("scc", "unit", Scc);
            xml.WriteAttributeString("ref", part.UnitId);
            if (part.Yaml is not null) xml.WriteAttributeString("yaml", part.Yaml);
            if (part.Value is not null) xml.WriteAttributeString("value", part.Value);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        foreach (var unit in page.Units) WriteUnit(xml, unit, page.Original);
        xml.WriteWhitespace("\n  ");
        xml.WriteEndElement();
    }

    private static void WriteUnit(XmlWriter xml, XliffUnit unit, string file)
    {
        var data = new DataTable();
        var sourceCodes = new CodeIds();
        var targetCodes = new CodeIds();
        var source = Render(unit.Source, data, sourceCodes, null);
        var target = unit.Target is null ? null : Render(unit.Target, data, targetCodes, sourceCodes);

        xml.WriteWhitespace("\n    ");
        xml.WriteStartElement("unit", Xlf);
        xml.WriteAttributeString("id", unit.Id);
        xml.WriteAttributeString("type", $"scc:{unit.Kind}");
        xml.WriteAttributeString("xml", "space", null, "preserve");
        if (data.Entries.Count > 0)
        {
            xml.WriteWhitespace("\n      ");
            xml.WriteStartElement("originalData", Xlf);
            foreach (var (id, value) in data.Entries)
            {
                xml.WriteWhitespace("\n        ");
                xml.WriteStartElement("data", Xlf);
                xml.WriteAttributeString("id", id);
                WriteText(xml, value, file);
                xml.WriteEndElement();
            }
            xml.WriteWhitespace("\n      ");
            xml.WriteEndElement();
        }
        xml.WriteWhitespace("\n      ");
        xml.WriteStartElement("segment", Xlf);
        xml.WriteAttributeString("state", unit.Target is null ? "initial" : unit.State);
        xml.WriteWhitespace("\n        ");
        xml.WriteStartElement("source", Xlf);
        source(xml, file);
        xml.WriteEndElement();
        if (target is not null)
        {
            xml.WriteWhitespace("\n        ");
            xml.WriteStartElement("target", Xlf);
            target(xml, file);
            xml.WriteEndElement();
        }
        xml.WriteWhitespace("\n      ");
        xml.WriteEndElement();
        xml.WriteWhitespace("\n    ");
        xml.WriteEndElement();
    }

    /// <summary>Prepares the content's codes (ids, original data) and returns how to write it.</summary>
    private static Action<XmlWriter, string> Render(IReadOnlyList<Piece> pieces, DataTable data, CodeIds ids, CodeIds? matchFrom)
    {
        var steps = new List<Action<XmlWriter, string>>();
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case TextPiece t:
                    steps.Add((xml, file) => WriteText(xml, t.Value, file));
                    break;
                case Code c:
                    {
                        var id = ids.For("ph:" + c.Data, matchFrom);
                        var dataRef = data.Add(c.Data);
                        steps.Add((xml, _) =>
                        {
                            xml.WriteStartElement("ph", Xlf);
                            xml.WriteAttributeString("id", id);
                            xml.WriteAttributeString("dataRef", dataRef);
                            xml.WriteAttributeString("disp", c.Data);
                            xml.WriteAttributeString("type", c.Type);
                            if (c.SubType is not null) xml.WriteAttributeString("subType", c.SubType);
                            xml.WriteEndElement();
                        });
                        break;
                    }
                case Pair p:
                    {
                        var id = ids.For("pc:" + p.Start + "\0" + p.End, matchFrom);
                        var start = data.Add(p.Start);
                        var end = data.Add(p.End);
                        var inner = Render(p.Inner, data, ids, matchFrom);
                        steps.Add((xml, file) =>
                        {
                            xml.WriteStartElement("pc", Xlf);
                            xml.WriteAttributeString("id", id);
                            xml.WriteAttributeString("dataRefStart", start);
                            xml.WriteAttributeString("dataRefEnd", end);
                            xml.WriteAttributeString("dispStart", p.Start);
                            xml.WriteAttributeString("dispEnd", p.End);
                            xml.WriteAttributeString("type", p.Type);
                            inner(xml, file);
                            xml.WriteEndElement();
                        });
                        break;
                    }
            }
        }
        return (xml, file) =>
        {
            foreach (var step in steps) step(xml, file);
        };
    }

    /// <summary>Writes text; a character XML cannot carry stops the export with the file it is in.</summary>
    private static void WriteText(XmlWriter xml, string text, string file)
    {
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\t'))
                throw new Engine.BuildException(Engine.BuildError.InFile(file, $"The page contains the control character U+{(int)c:X4}, which XLIFF cannot carry.", "Remove it from the page."));
        xml.WriteString(text);
    }

    /// <summary>The unit's original data: one entry per distinct Markdown code, shared by source and target.</summary>
    private sealed class DataTable
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

        public List<(string Id, string Value)> Entries { get; } = [];

        public string Add(string value)
        {
            if (_ids.TryGetValue(value, out var id)) return id;
            id = $"d{Entries.Count + 1}";
            _ids[value] = id;
            Entries.Add((id, value));
            return id;
        }
    }

    /// <summary>
    /// Code ids: a source's codes are numbered in order; a target's code takes the id of the same
    /// code in the source (the n-th occurrence of the same Markdown), or a new 't' id when the source has none.
    /// </summary>
    private sealed class CodeIds
    {
        private readonly List<string> _keys = [];
        private readonly List<string> _ids = [];
        private readonly HashSet<int> _claimed = [];
        private int _extra;

        public string For(string key, CodeIds? source)
        {
            string id;
            if (source is null) id = (_ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            else
            {
                var match = Enumerable.Range(0, source._keys.Count).FirstOrDefault(i => source._keys[i] == key && !source._claimed.Contains(i), -1);
                if (match >= 0) source._claimed.Add(match);
                id = match >= 0 ? source._ids[match] : $"t{++_extra}";
            }
            _keys.Add(key);
            _ids.Add(id);
            return id;
        }
    }
}
