namespace DasTern.Medicines;

internal static class MedicineTestData
{
    public static Medicine Medicine(string genericName, params string[] drugClasses)
    {
        var medicine = new Medicine(Guid.CreateVersion7(), genericName, "Other", DosageForm.Tablet, "mg");
        medicine.SetDetails(Details(drugClasses: drugClasses));
        return medicine;
    }

    public static MedicineDetails Details(
        string? khmerName = null,
        string[]? brandNames = null,
        string[]? drugClasses = null,
        string category = "Other") =>
        new(khmerName, brandNames ?? [], category, DosageForm.Tablet, ["500 mg"], "mg", null, null, drugClasses ?? [], IsActive: true);
}
