namespace DasTern.Authorization;

/// <summary>Imperative permission checks inside application services (when the policy depends on input).</summary>
public interface IPolicyChecker
{
    Task<bool> IsGrantedAsync(string policyName);

    /// <summary>Throws the 401/403 <c>AuthorizationFailedException</c> when not granted.</summary>
    Task CheckAsync(string policyName);
}
