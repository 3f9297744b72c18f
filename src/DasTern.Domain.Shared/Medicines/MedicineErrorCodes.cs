namespace DasTern.Medicines;

/// <summary>Stable error codes of the medicine catalogue, sent to clients in the problem-details <c>code</c> member.</summary>
public static class MedicineErrorCodes
{
    public const string DuplicateName = "DasTern:Medicine:DuplicateName";
    public const string NotFoundForInteraction = "DasTern:Medicine:UnknownInCheck";
}
