namespace ExpertBot.CompanySim.Text;

/// <summary>The values a template's slots are filled with; a slot without a value is left empty.</summary>
internal sealed record Slots(
    string? Topic = null,
    string? A = null,
    string? B = null,
    string? Sibling = null,
    string? Topic2 = null,
    string? Work = null,
    string? Work2 = null,
    string? Name = null,
    string? Tag = null);
