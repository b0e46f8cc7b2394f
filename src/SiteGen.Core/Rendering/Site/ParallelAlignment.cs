namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// Sets two language versions side by side by anchor (DESIGN.md, "Anchors": the same in every language), never by
/// position: a unit found in one version only gets a row of its own, with nothing beside it, where that version
/// has it, so the units after it stay beside their counterparts. Rows follow the left version's order.
/// </summary>
internal static class ParallelAlignment
{
    public static IReadOnlyList<ParallelRow> Align(IReadOnlyList<ParallelUnit> left, IReadOnlyList<ParallelUnit> right)
    {
        var leftIds = new HashSet<string>(left.Select(u => u.Id), StringComparer.Ordinal);
        var rightAt = new Dictionary<string, int>(right.Count, StringComparer.Ordinal);
        for (var k = 0; k < right.Count; k++)
        {
            rightAt.TryAdd(right[k].Id, k);
        }

        var used = new bool[right.Count];
        var rows = new List<ParallelRow>(Math.Max(left.Count, right.Count));
        var i = 0;
        var j = 0;
        while (i < left.Count || j < right.Count)
        {
            if (j < right.Count && used[j])
            {
                j++;
            }
            else if (i < left.Count && !rightAt.ContainsKey(left[i].Id))
            {
                // Only in the left version: its own row, here.
                rows.Add(Row(left[i++], null));
            }
            else if (j < right.Count && !leftIds.Contains(right[j].Id))
            {
                // Only in the right version: its own row, here.
                rows.Add(Row(null, right[j]));
                used[j++] = true;
            }
            else if (i < left.Count)
            {
                // In both, the right one possibly further on (the versions order it differently), or paired already.
                var unit = left[i++];
                if (rightAt.TryGetValue(unit.Id, out var at) && !used[at])
                {
                    used[at] = true;
                    rows.Add(Row(unit, right[at]));
                }
                else
                {
                    rows.Add(Row(unit, null));
                }
            }
            else
            {
                // A right unit whose id the left version has but was paired already (a repeated id).
                rows.Add(Row(null, right[j]));
                used[j++] = true;
            }
        }

        return rows;
    }

    private static ParallelRow Row(ParallelUnit? left, ParallelUnit? right)
    {
        var unit = left ?? right!;
        return new ParallelRow(unit.Id, unit.Part, unit.Depth, left, right);
    }
}
