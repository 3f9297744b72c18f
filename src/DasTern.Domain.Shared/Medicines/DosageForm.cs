namespace DasTern.Medicines;

public enum DosageForm
{
    Tablet,
    Capsule,
    Syrup,
    Suspension,
    Solution,
    Injection,
    Cream,
    Ointment,
    Gel,
    Drops,
    Inhaler,
    Spray,
    Patch,
    Suppository,
    Powder,
    Lozenge,
    Other,
}
