namespace ExpertBot.Demo;

/// <summary>The values a <see cref="LanguageTemplates"/> placeholder can take for one piece of evidence.</summary>
internal readonly record struct TemplateSlots(
    string Topic,
    string Term,
    string OtherTerm,
    string Department,
    string Office,
    string Colleague,
    string List,
    string JobTitle,
    int Year,
    int Quarter,
    int Number);
