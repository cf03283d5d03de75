namespace ExpertBot.OrgSim;

/// <summary>Supplies the value of a placeholder while a template is rendered.</summary>
internal interface ISlotSource
{
    string Resolve(Slot slot);
}
