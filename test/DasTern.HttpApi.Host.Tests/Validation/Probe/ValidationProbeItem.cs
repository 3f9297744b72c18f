using System.ComponentModel.DataAnnotations;

namespace DasTern.Validation.Probe;

public sealed class ValidationProbeItem
{
    [Required]
    [StringLength(5)]
    public string? Name { get; set; }
}
