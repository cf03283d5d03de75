namespace ExpertBot.OrgSim;

/// <summary>Placeholders a phrasebook template may contain, e.g. "{T}" or "{TITLE}".</summary>
internal enum Slot
{
    Name,
    Name2,
    Sibling,
    Term,
    Term2,
    Term3,
    Act,
    Act2,
    Person,
    Day,
    City,
    Number,
    Year,
    Quarter,
    Hashtags,
    Friend,
    Friend2,
    JobTitle,
    Department,
}
