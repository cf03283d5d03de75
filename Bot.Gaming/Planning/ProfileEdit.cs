namespace ExpertBot.Gaming.Planning;

/// <summary>What a gamer adds to their profile: a skill, and sometimes a sentence to "about me".</summary>
internal sealed record ProfileEdit(string PersonId, string Skill, string? AboutMe);
