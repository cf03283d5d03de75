namespace ExpertBot.Gaming.Text;

/// <summary>The written part of a signal; <see cref="Kind"/> is the snapshot's kind (post, message, document…).</summary>
internal sealed record ComposedItem(string Kind, string? Title, string Text);
