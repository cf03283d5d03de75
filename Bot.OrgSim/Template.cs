using System.Text;

namespace ExpertBot.OrgSim;

/// <summary>A phrasebook line compiled into literal pieces and slots.</summary>
internal sealed class Template
{
    private static readonly Dictionary<string, Slot> SlotNames = new(StringComparer.Ordinal)
    {
        ["N"] = Slot.Name, ["N2"] = Slot.Name2, ["S"] = Slot.Sibling,
        ["T"] = Slot.Term, ["T2"] = Slot.Term2, ["T3"] = Slot.Term3,
        ["A"] = Slot.Act, ["A2"] = Slot.Act2, ["P"] = Slot.Person, ["D"] = Slot.Day, ["C"] = Slot.City,
        ["X"] = Slot.Number, ["Y"] = Slot.Year, ["Q"] = Slot.Quarter, ["H"] = Slot.Hashtags,
        ["F"] = Slot.Friend, ["F2"] = Slot.Friend2, ["TITLE"] = Slot.JobTitle, ["DEPT"] = Slot.Department,
    };

    private readonly string[] literals;
    private readonly Slot[] slots;

    private Template(string[] literals, Slot[] slots)
    {
        this.literals = literals;
        this.slots = slots;
        HasName = Array.IndexOf(slots, Slot.Name) >= 0;
    }

    public bool HasName { get; }

    public static Template Parse(string text)
    {
        var literals = new List<string>();
        var slots = new List<Slot>();
        var position = 0;
        while (true)
        {
            var open = text.IndexOf('{', position);
            if (open < 0)
            {
                literals.Add(text[position..]);
                break;
            }

            var close = text.IndexOf('}', open);
            if (close < 0 || !SlotNames.TryGetValue(text[(open + 1)..close], out var slot))
            {
                throw new InvalidDataException($"Bad placeholder in template: {text}");
            }

            literals.Add(text[position..open]);
            slots.Add(slot);
            position = close + 1;
        }

        return new Template([.. literals], [.. slots]);
    }

    public void Render(StringBuilder sb, ISlotSource source, bool french, bool capitalize = true)
    {
        var start = sb.Length;
        for (var i = 0; i < slots.Length; i++)
        {
            sb.Append(literals[i]);
            var value = source.Resolve(slots[i]);
            if (french)
            {
                value = TextCase.Contract(sb, value);
                TextCase.Elide(sb, value);
            }

            sb.Append(value);
        }

        sb.Append(literals[^1]);
        if (capitalize)
        {
            TextCase.CapitalizeAt(sb, start);
        }
    }

    public string Render(ISlotSource source, bool french, bool capitalize = true)
    {
        var sb = new StringBuilder(96);
        Render(sb, source, french, capitalize);
        return sb.ToString();
    }
}
