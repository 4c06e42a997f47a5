namespace SccSite.Translations;

/// <summary>A paragraph of a Markdown body: lines up to a blank line, and the file line it starts on.</summary>
public sealed record Paragraph(string Text, int Line);

/// <summary>A paragraph that changed between two versions: both sides, or only the new or only the old one.</summary>
public sealed record ParagraphChange(Paragraph? Old, Paragraph? New);

public static class Paragraphs
{
    public static IReadOnlyList<Paragraph> Of(string body, int firstLine)
    {
        var paragraphs = new List<Paragraph>();
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var start = i;
            while (i + 1 < lines.Length && !string.IsNullOrWhiteSpace(lines[i + 1])) i++;
            paragraphs.Add(new Paragraph(string.Join('\n', lines[start..(i + 1)]), firstLine + start));
        }
        return paragraphs;
    }

    /// <summary>The paragraphs that differ: unequal runs between equal paragraphs are paired in order as changes.</summary>
    public static IReadOnlyList<ParagraphChange> Changes(IReadOnlyList<Paragraph> older, IReadOnlyList<Paragraph> newer)
    {
        var changes = new List<ParagraphChange>();
        var removed = new List<Paragraph>();
        var added = new List<Paragraph>();
        void Flush()
        {
            for (var i = 0; i < Math.Max(removed.Count, added.Count); i++)
                changes.Add(new ParagraphChange(i < removed.Count ? removed[i] : null, i < added.Count ? added[i] : null));
            removed.Clear();
            added.Clear();
        }
        foreach (var step in Alignment.Of(older, newer, (a, b) => a.Text == b.Text))
        {
            if (step.IsEqual) Flush();
            else if (step.IsRemoved) removed.Add(older[step.Old]);
            else added.Add(newer[step.New]);
        }
        Flush();
        return changes;
    }
}
