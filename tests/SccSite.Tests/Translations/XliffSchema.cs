using System.Xml;
using System.Xml.Schema;
using SccSite.Tests.Testing;

namespace SccSite.Tests.Translations;

/// <summary>Validates XLIFF against the OASIS XLIFF 2.1 core schema shipped with the tests.</summary>
internal static class XliffSchema
{
    public static string Folder => Path.Combine(Repo.TestsProject, "Translations", "Schemas");

    public static string Core => Path.Combine(Folder, "xliff_core_2.0.xsd");

    public static string XmlNamespace => Path.Combine(Folder, "informativeCopiesOf3rdPartySchemas", "w3c", "xml.xsd");

    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using (var xml = XmlReader.Create(XmlNamespace)) set.Add("http://www.w3.org/XML/1998/namespace", xml);
        using (var core = XmlReader.Create(Core)) set.Add("urn:oasis:names:tc:xliff:document:2.0", core);
        set.Compile();
        return set;
    });

    /// <summary>Every schema error of a document, as "line:column: message"; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(string xliff)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error) errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        };
        using var reader = XmlReader.Create(new StringReader(xliff), settings);
        while (reader.Read())
        {
        }
        return errors;
    }
}
