namespace SccSite.Translations;

/// <summary>One step of an alignment of two sequences: a pair of equal items, or an item only on one side.</summary>
public readonly record struct AlignStep(int Old, int New)
{
    public bool IsEqual => Old >= 0 && New >= 0;
    public bool IsRemoved => New < 0;
    public bool IsAdded => Old < 0;
}

/// <summary>The longest common subsequence of two sequences, as steps in order: the basis of every diff here.</summary>
public static class Alignment
{
    public static IReadOnlyList<AlignStep> Of<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, T, bool> equal)
    {
        var lengths = new int[older.Count + 1, newer.Count + 1];
        for (var i = older.Count - 1; i >= 0; i--)
            for (var j = newer.Count - 1; j >= 0; j--)
                lengths[i, j] = equal(older[i], newer[j]) ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
        var steps = new List<AlignStep>(older.Count + newer.Count);
        int a = 0, b = 0;
        while (a < older.Count && b < newer.Count)
        {
            if (equal(older[a], newer[b])) steps.Add(new AlignStep(a++, b++));
            else if (lengths[a + 1, b] >= lengths[a, b + 1]) steps.Add(new AlignStep(a++, -1));
            else steps.Add(new AlignStep(-1, b++));
        }
        while (a < older.Count) steps.Add(new AlignStep(a++, -1));
        while (b < newer.Count) steps.Add(new AlignStep(-1, b++));
        return steps;
    }
}
