using System.Text;
using System.Xml;

namespace SccSite.Publishing;

/// <summary>XML written the same way every time: UTF-8 without BOM, '\n' line ends, two-space indent.</summary>
public static class Xml
{
    public static string Write(Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
