namespace DasTern.OpenIddict;

/// <summary>Google's signing keys cannot be had right now, so a Google ID token can be neither accepted nor refused.</summary>
public sealed class GoogleKeysUnavailableException() : Exception("Google's signing keys are unavailable.");
