using DasTern.Entities;

namespace DasTern.Medicines;

/// <summary>A catalogue entry: what a medicine is, not what a patient takes.</summary>
public sealed class Medicine : FullAuditedAggregateRoot<Guid>
{
    private List<string> _brandNames = [];
    private List<string> _strengths = [];
    private List<string> _drugClasses = [];

    internal Medicine(Guid id, string genericName, string category, DosageForm dosageForm, string unit)
        : base(id)
    {
        SetGenericName(genericName);
        Category = Check.NotNullOrWhiteSpace(category, "category", MedicineConsts.MaxCategoryLength);
        DosageForm = dosageForm;
        Unit = Check.NotNullOrWhiteSpace(unit, "unit", MedicineConsts.MaxUnitLength);
        RefreshSearchText();
    }

    private Medicine()
        : base(Guid.Empty)
    {
    }

    public string GenericName { get; private set; } = string.Empty;

    /// <summary>Upper-case generic name; unique among medicines that are not deleted.</summary>
    public string NormalizedGenericName { get; private set; } = string.Empty;

    public string? KhmerName { get; private set; }

    public IReadOnlyCollection<string> BrandNames => _brandNames.AsReadOnly();

    public string Category { get; private set; } = string.Empty;

    public DosageForm DosageForm { get; private set; }

    public IReadOnlyCollection<string> Strengths => _strengths.AsReadOnly();

    public string Unit { get; private set; } = string.Empty;

    public string? Manufacturer { get; private set; }

    public string? Description { get; private set; }

    /// <summary>Interaction class codes (e.g. <c>ssri</c>, <c>maoi</c>) matched by interaction rules.</summary>
    public IReadOnlyCollection<string> DrugClasses => _drugClasses.AsReadOnly();

    public bool IsActive { get; private set; } = true;

    /// <summary>Lower-case generic, brand and Khmer names in one column, so one indexed match serves the text filter.</summary>
    public string SearchText { get; private set; } = string.Empty;

    public static string Normalize(string genericName) => genericName.Trim().ToUpperInvariant();

    internal void SetGenericName(string genericName)
    {
        GenericName = Check.NotNullOrWhiteSpace(genericName, "genericName", MedicineConsts.MaxGenericNameLength);
        NormalizedGenericName = Normalize(GenericName);
        RefreshSearchText();
        RecordCatalogueChange();
    }

    public void SetDetails(MedicineDetails details)
    {
        KhmerName = Check.MaxLength(details.KhmerName, "khmerName", MedicineConsts.MaxKhmerNameLength);
        _brandNames = Check.Items(details.BrandNames, "brandNames", MedicineConsts.MaxBrandNames, MedicineConsts.MaxBrandNameLength);
        Category = Check.NotNullOrWhiteSpace(details.Category, "category", MedicineConsts.MaxCategoryLength);
        DosageForm = details.DosageForm;
        _strengths = Check.Items(details.Strengths, "strengths", MedicineConsts.MaxStrengths, MedicineConsts.MaxStrengthLength);
        Unit = Check.NotNullOrWhiteSpace(details.Unit, "unit", MedicineConsts.MaxUnitLength);
        Manufacturer = Check.MaxLength(details.Manufacturer, "manufacturer", MedicineConsts.MaxManufacturerLength);
        Description = Check.MaxLength(details.Description, "description", MedicineConsts.MaxDescriptionLength);
        _drugClasses = Check.Items(details.DrugClasses, "drugClasses", MedicineConsts.MaxDrugClasses, MedicineConsts.MaxDrugClassLength)
            .Select(code => code.ToLowerInvariant())
            .ToList();
        IsActive = details.IsActive;
        RefreshSearchText();
        RecordCatalogueChange();
    }

    /// <summary>Records the removal; <see cref="MedicineManager.DeleteAsync"/> then deletes the medicine.</summary>
    internal void MarkRemoved() => RecordCatalogueChange();

    /// <summary>One event per save, however many of the medicine's properties changed.</summary>
    private void RecordCatalogueChange()
    {
        if (!DomainEvents.OfType<MedicineCatalogueChanged>().Any())
        {
            AddDomainEvent(new MedicineCatalogueChanged(Id));
        }
    }

    private void RefreshSearchText() =>
        SearchText = string.Join('\n', new[] { GenericName, KhmerName }.Concat(_brandNames).Where(name => !string.IsNullOrEmpty(name)))
            .ToLowerInvariant();
}
