namespace ExpertBot.CompanySim.Text;

/// <summary>The words of one work item: an optional title and the text.</summary>
internal sealed record ComposedItem(string? Title, string Text);
