using System.ComponentModel.DataAnnotations;

namespace DasTern.Validation.Probe;

public sealed class ValidationProbeInput
{
    [Required]
    public ValidationProbeItem? Single { get; set; }

    public List<ValidationProbeItem> Items { get; set; } = [];
}
