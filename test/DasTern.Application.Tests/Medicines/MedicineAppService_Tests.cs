using System.Globalization;
using System.Linq.Expressions;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Medicines;

[Collection(ApplicationTestCollection.Name)]
public class MedicineAppService_Tests(DatabaseFixture fixture)
{
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestPrincipals.User(Guid.NewGuid(), RoleNames.Admin);
    private static readonly System.Security.Claims.ClaimsPrincipal Patient = TestPrincipals.User(Guid.NewGuid(), RoleNames.Patient);

    private Task<T> AsAsync<T>(System.Security.Claims.ClaimsPrincipal principal, Expression<Func<IMedicineAppService, Task<T>>> call) =>
        fixture.CallAsync(principal, call);

    private static CreateMedicineDto NewMedicine(string? name = null) => new()
    {
        GenericName = name ?? $"Testamine {Guid.NewGuid():N}",
        KhmerName = "តេស្ត",
        BrandNames = ["Testol"],
        Category = "Other",
        DosageForm = DosageForm.Tablet,
        Strengths = ["10 mg"],
        Unit = "mg",
    };

    [Fact]
    public async Task Should_Filter_By_Generic_Brand_And_Khmer_Name()
    {
        var byGeneric = await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { Filter = "amox" }));
        var byBrand = await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { Filter = "AUGMENTIN" }));
        var byKhmer = await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { Filter = "ប៉ារ៉ាសេតាមុល" }));

        byGeneric.Items.Select(m => m.GenericName).ShouldContain("Amoxicillin");
        byGeneric.Items.ShouldAllBe(m => m.GenericName.Contains("amox", StringComparison.OrdinalIgnoreCase) || m.BrandNames.Any(b => b.Contains("amox", StringComparison.OrdinalIgnoreCase)));
        byBrand.Items.Select(m => m.GenericName).ShouldContain("Amoxicillin + Clavulanic acid");
        byKhmer.Items.Select(m => m.GenericName).ShouldContain("Paracetamol");
    }

    [Fact]
    public async Task Should_Page_Sort_And_Filter_By_Category_And_Form()
    {
        var page = await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput
        {
            Category = "Antibiotic",
            DosageForm = DosageForm.Capsule,
            Sorting = "genericName desc",
            MaxResultCount = 3,
        }));

        page.TotalCount.ShouldBeGreaterThan(page.Items.Count);
        page.Items.Count.ShouldBe(3);
        page.Items.ShouldAllBe(m => m.Category == "Antibiotic" && m.DosageForm == DosageForm.Capsule);
        page.Items.Select(m => m.GenericName).ShouldBe(page.Items.Select(m => m.GenericName).OrderByDescending(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_Report_The_Same_Total_On_Every_Page()
    {
        var prefix = $"pagina{Guid.NewGuid():N}"[..16];
        foreach (var suffix in new[] { "a", "b", "c" })
        {
            await AsAsync(Admin, service => service.CreateAsync(NewMedicine(prefix + suffix)));
        }

        async Task<(long Total, int Count)> PageAsync(int skip)
        {
            var page = await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { Filter = prefix, SkipCount = skip, MaxResultCount = 2 }));
            return (page.TotalCount, page.Items.Count);
        }

        (await PageAsync(0)).ShouldBe((3, 2));
        (await PageAsync(2)).ShouldBe((3, 1));
        (await PageAsync(5)).ShouldBe((3, 0));
    }

    [Fact]
    public async Task Should_Reject_Unknown_Sorting_And_Oversized_Pages()
    {
        var sorting = await Should.ThrowAsync<BusinessException>(() => AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { Sorting = "searchText" })));
        var paging = await Should.ThrowAsync<ValidationFailedException>(() => AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { MaxResultCount = 101 })));

        sorting.Code.ShouldBe(CommonErrorCodes.SortingNotAllowed);
        paging.Errors.Keys.ShouldContain("maxResultCount");
    }

    [Fact]
    public async Task Should_Let_Admins_Create_And_Show_It_In_The_Cached_List_At_Once()
    {
        var name = $"Cachemycin {Guid.NewGuid():N}";
        var before = await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { Filter = "cachemycin" }));

        var created = await AsAsync(Admin, service => service.CreateAsync(NewMedicine(name)));
        var after = await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { Filter = "cachemycin" }));

        created.CreationTime.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1));
        created.ConcurrencyStamp.ShouldNotBeNullOrEmpty();
        after.TotalCount.ShouldBe(before.TotalCount + 1);
        after.Items.Select(m => m.Id).ShouldContain(created.Id);
    }

    [Fact]
    public async Task Should_Refuse_Changes_From_Patients_And_Anonymous_Callers()
    {
        await Should.ThrowAsync<AuthorizationFailedException>(() => AsAsync(Patient, service => service.CreateAsync(NewMedicine())));
        await Should.ThrowAsync<AuthorizationFailedException>(() => AsAsync(TestPrincipals.Anonymous, service => service.GetListAsync(new GetMedicineListInput())));
    }

    [Fact]
    public async Task Should_Validate_Input_Before_Anything_Runs()
    {
        var invalid = NewMedicine();
        invalid.GenericName = string.Empty;
        invalid.DosageForm = null;

        var exception = await Should.ThrowAsync<ValidationFailedException>(() => AsAsync(Admin, service => service.CreateAsync(invalid)));

        exception.Errors.Keys.ShouldBe(["genericName", "dosageForm"], ignoreOrder: true);
        exception.Errors["genericName"].ShouldBe(["This field is required."]);
    }

    [Fact]
    public async Task Should_Write_In_Process_Validation_Messages_In_The_Callers_Language_Without_Member_Names()
    {
        var invalid = NewMedicine();
        invalid.GenericName = new string('x', MedicineConsts.MaxGenericNameLength + 1);
        invalid.DosageForm = null;
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("km");
        try
        {
            var exception = await Should.ThrowAsync<ValidationFailedException>(() => AsAsync(Admin, service => service.CreateAsync(invalid)));

            exception.Errors["dosageForm"].ShouldBe(["ត្រូវតែបំពេញវាលនេះ។"]);
            exception.Errors["genericName"].ShouldHaveSingleItem().ShouldContain(MedicineConsts.MaxGenericNameLength.ToString(CultureInfo.InvariantCulture));
            exception.Errors.Values.SelectMany(messages => messages).ShouldAllBe(message => !message.Contains("GenericName") && !message.Contains("DosageForm"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public async Task Should_Refuse_A_Duplicate_Generic_Name_With_409()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => AsAsync(Admin, service => service.CreateAsync(NewMedicine("amoxicillin"))));

        exception.Code.ShouldBe(MedicineErrorCodes.DuplicateName);
        exception.HttpStatusCode.ShouldBe(409);
    }

    [Fact]
    public async Task Should_Update_With_The_Current_Stamp_And_Refuse_A_Stale_One()
    {
        var created = await AsAsync(Admin, service => service.CreateAsync(NewMedicine()));
        var update = new UpdateMedicineDto
        {
            GenericName = created.GenericName,
            Category = "Analgesic",
            DosageForm = DosageForm.Syrup,
            Unit = "mL",
            ConcurrencyStamp = created.ConcurrencyStamp,
        };

        var updated = await AsAsync(Admin, service => service.UpdateAsync(created.Id, update));
        var stale = await Should.ThrowAsync<ConcurrencyConflictException>(() => AsAsync(Admin, service => service.UpdateAsync(created.Id, update)));

        updated.Category.ShouldBe("Analgesic");
        updated.ConcurrencyStamp.ShouldNotBe(created.ConcurrencyStamp);
        updated.LastModificationTime.ShouldNotBeNull();
        stale.HttpStatusCode.ShouldBe(409);
        (await AsAsync(Patient, service => service.GetAsync(created.Id))).Category.ShouldBe("Analgesic");
    }

    [Fact]
    public async Task Should_Show_Changes_And_Deletions_In_The_Cached_List_At_Once()
    {
        var name = $"Listafen {Guid.NewGuid():N}";
        var input = new GetMedicineListInput { Filter = name.ToLowerInvariant() };
        var created = await AsAsync(Admin, service => service.CreateAsync(NewMedicine(name)));
        var cached = await AsAsync(Patient, service => service.GetListAsync(input));

        await AsAsync(Admin, service => service.UpdateAsync(created.Id, new UpdateMedicineDto
        {
            GenericName = name,
            Category = "Analgesic",
            DosageForm = DosageForm.Tablet,
            Unit = "mg",
            ConcurrencyStamp = created.ConcurrencyStamp,
        }));
        var afterUpdate = await AsAsync(Patient, service => service.GetListAsync(input));
        await fixture.CallAsync<IMedicineAppService>(Admin, service => service.DeleteAsync(created.Id));
        var afterDelete = await AsAsync(Patient, service => service.GetListAsync(input));

        cached.Items.ShouldHaveSingleItem().Category.ShouldBe("Other");
        afterUpdate.Items.ShouldHaveSingleItem().Category.ShouldBe("Analgesic");
        afterDelete.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Soft_Delete_So_The_Medicine_Is_Gone_And_Its_Name_Free()
    {
        var created = await AsAsync(Admin, service => service.CreateAsync(NewMedicine()));

        await fixture.CallAsync<IMedicineAppService>(Admin, service => service.DeleteAsync(created.Id));

        var exception = await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync(Patient, service => service.GetAsync(created.Id)));
        exception.HttpStatusCode.ShouldBe(404);
        (await AsAsync(Admin, service => service.CreateAsync(NewMedicine(created.GenericName)))).Id.ShouldNotBe(created.Id);
    }

    [Fact]
    public async Task Should_List_Categories()
    {
        var categories = await AsAsync(Patient, service => service.GetCategoriesAsync());

        categories.Items.ShouldContain("Antibiotic");
        categories.Items.ShouldBe(categories.Items.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_Find_Interacting_Pairs_Among_Catalogue_Medicines()
    {
        async Task<Guid> IdOf(string name) =>
            (await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { Filter = name.ToLowerInvariant() }))).Items.Single(m => m.GenericName == name).Id;
        var ids = new[] { await IdOf("Fluoxetine"), await IdOf("Phenelzine"), await IdOf("Paracetamol") };

        var result = await AsAsync(Patient, service => service.CheckInteractionsAsync(new CheckInteractionsInput { MedicineIds = ids.ToList() }));

        var interaction = result.Items.ShouldHaveSingleItem();
        new[] { interaction.First.GenericName, interaction.Second.GenericName }.ShouldBe(["Fluoxetine", "Phenelzine"], ignoreOrder: true);
        interaction.Severity.ShouldBe(InteractionSeverity.Contraindicated);
        interaction.Advice.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Should_Answer_An_Unknown_Medicine_In_A_Check_With_422()
    {
        var unknown = Guid.NewGuid();
        var existing = (await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { MaxResultCount = 1 }))).Items[0].Id;

        var exception = await Should.ThrowAsync<BusinessException>(() =>
            AsAsync(Patient, service => service.CheckInteractionsAsync(new CheckInteractionsInput { MedicineIds = new List<Guid> { existing, unknown } })));

        exception.Code.ShouldBe(MedicineErrorCodes.NotFoundForInteraction);
        exception.HttpStatusCode.ShouldBe(422);
        exception.Values["Id"].ShouldBe(unknown);
    }

    [Fact]
    public async Task Should_Answer_The_Empty_Guid_In_A_Check_As_Any_Unknown_Id()
    {
        var existing = (await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { MaxResultCount = 1 }))).Items[0].Id;

        var exception = await Should.ThrowAsync<BusinessException>(() =>
            AsAsync(Patient, service => service.CheckInteractionsAsync(new CheckInteractionsInput { MedicineIds = new List<Guid> { existing, Guid.Empty } })));

        exception.Code.ShouldBe(MedicineErrorCodes.NotFoundForInteraction);
        exception.HttpStatusCode.ShouldBe(422);
        exception.Values["Id"].ShouldBe(Guid.Empty);
    }

    [Fact]
    public async Task Should_Refuse_The_Same_Medicine_Twice_In_A_Check()
    {
        var existing = (await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { MaxResultCount = 1 }))).Items[0].Id;

        var exception = await Should.ThrowAsync<ValidationFailedException>(() =>
            AsAsync(Patient, service => service.CheckInteractionsAsync(new CheckInteractionsInput { MedicineIds = new List<Guid> { existing, existing } })));

        exception.Errors.Keys.ShouldBe(["medicineIds"]);
    }

    [Fact]
    public async Task Should_Filter_By_Category_Whatever_Its_Case()
    {
        var exact = await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { Category = "Antibiotic", MaxResultCount = 100 }));
        var lower = await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { Category = "antibiotic", MaxResultCount = 100 }));
        var upper = await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { Category = " ANTIBIOTIC ", MaxResultCount = 100 }));

        exact.TotalCount.ShouldBeGreaterThan(0);
        lower.Items.Select(m => m.Id).ShouldBe(exact.Items.Select(m => m.Id));
        upper.Items.Select(m => m.Id).ShouldBe(exact.Items.Select(m => m.Id));
    }

    [Fact]
    public async Task Should_Show_Inactive_Medicines_Only_To_Those_Who_May_Edit_The_Catalogue()
    {
        var name = $"Retiredol {Guid.NewGuid():N}";
        var inactive = NewMedicine(name);
        inactive.IsActive = false;
        await AsAsync(Admin, service => service.CreateAsync(inactive));
        var filter = name.ToLowerInvariant();

        var patientDefault = await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { Filter = filter }));
        var patientAskingForInactive = await AsAsync(Patient, service => service.GetListAsync(new GetMedicineListInput { Filter = filter, IsActive = false }));
        var nobodyDefault = await AsAsync(TestPrincipals.User(Guid.NewGuid()), service => service.GetListAsync(new GetMedicineListInput { Filter = filter }));
        var adminDefault = await AsAsync(Admin, service => service.GetListAsync(new GetMedicineListInput { Filter = filter }));
        var adminActiveOnly = await AsAsync(Admin, service => service.GetListAsync(new GetMedicineListInput { Filter = filter, IsActive = true }));

        patientDefault.TotalCount.ShouldBe(0);
        patientAskingForInactive.TotalCount.ShouldBe(0);
        nobodyDefault.TotalCount.ShouldBe(0);
        adminDefault.Items.ShouldHaveSingleItem().IsActive.ShouldBeFalse();
        adminActiveOnly.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Let_An_Account_Without_Roles_Read_The_Catalogue_But_Not_Change_It()
    {
        var nobody = TestPrincipals.User(Guid.NewGuid());

        var page = await AsAsync(nobody, service => service.GetListAsync(new GetMedicineListInput { Filter = "amox" }));
        var categories = await AsAsync(nobody, service => service.GetCategoriesAsync());

        page.Items.ShouldNotBeEmpty();
        (await AsAsync(nobody, service => service.GetAsync(page.Items[0].Id))).Id.ShouldBe(page.Items[0].Id);
        categories.Items.ShouldContain("Antibiotic");
        await Should.ThrowAsync<AuthorizationFailedException>(() => AsAsync(nobody, service => service.CreateAsync(NewMedicine())));
    }
}
