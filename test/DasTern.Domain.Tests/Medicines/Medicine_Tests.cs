using DasTern.ExceptionHandling;

namespace DasTern.Medicines;

public class Medicine_Tests
{
    [Fact]
    public void Should_Normalize_Brand_Names_And_Classes()
    {
        var medicine = MedicineTestData.Medicine("Amoxicillin");

        medicine.SetDetails(MedicineTestData.Details(brandNames: [" Amoxil ", "amoxil", "", "Clamoxyl"], drugClasses: ["SSRI", "ssri"]));

        medicine.BrandNames.ShouldBe(["Amoxil", "Clamoxyl"]);
        medicine.DrugClasses.ShouldBe(["ssri"]);
    }

    [Fact]
    public void Should_Raise_One_Catalogue_Change_Per_Save_However_Many_Properties_Change()
    {
        var medicine = MedicineTestData.Medicine("Ibuprofen");
        var created = medicine.DomainEvents.ToList();
        medicine.ClearDomainEvents();

        medicine.SetGenericName("Ibuprofen lysine");
        medicine.SetDetails(MedicineTestData.Details(category: "Analgesic"));

        created.ShouldBe([new MedicineCatalogueChanged(medicine.Id)]);
        medicine.DomainEvents.ShouldBe([new MedicineCatalogueChanged(medicine.Id)]);
    }

    [Fact]
    public void Should_Search_Generic_Brand_And_Khmer_Names_In_Lower_Case()
    {
        var medicine = MedicineTestData.Medicine("Paracetamol");

        medicine.SetDetails(MedicineTestData.Details(khmerName: "ប៉ារ៉ាសេតាមុល", brandNames: ["Panadol"]));

        medicine.SearchText.ShouldContain("paracetamol");
        medicine.SearchText.ShouldContain("panadol");
        medicine.SearchText.ShouldContain("ប៉ារ៉ាសេតាមុល");
    }

    [Fact]
    public void Should_Reject_A_Generic_Name_That_Is_Too_Long()
    {
        var exception = Should.Throw<ValidationFailedException>(() => MedicineTestData.Medicine(new string('x', MedicineConsts.MaxGenericNameLength + 1)));

        exception.Errors.Keys.ShouldContain("genericName");
    }

    [Fact]
    public void Should_Reject_Too_Many_Brand_Names()
    {
        var medicine = MedicineTestData.Medicine("Ibuprofen");
        var brands = Enumerable.Range(0, MedicineConsts.MaxBrandNames + 1).Select(i => $"Brand {i}").ToArray();

        var exception = Should.Throw<ValidationFailedException>(() => medicine.SetDetails(MedicineTestData.Details(brandNames: brands)));

        exception.Errors.Keys.ShouldContain("brandNames");
    }

    [Fact]
    public void Should_Normalize_Generic_Names_For_Uniqueness()
    {
        Medicine.Normalize("  Amoxicillin ").ShouldBe("AMOXICILLIN");
    }

    [Fact]
    public void Should_Expose_Its_Lists_Only_As_Read_Only_Views()
    {
        var medicine = MedicineTestData.Medicine("Metformin", "biguanide");

        foreach (var list in new[] { medicine.BrandNames, medicine.Strengths, medicine.DrugClasses })
        {
            var collection = list.ShouldBeAssignableTo<ICollection<string>>()!;
            collection.IsReadOnly.ShouldBeTrue();
            Should.Throw<NotSupportedException>(() => collection.Add("changed behind the aggregate's back"));
        }
    }
}
