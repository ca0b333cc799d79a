package org.example.oidcapp;

/**
 * A part of the application and the level of assurance it needs. Both areas sign in with the same
 * OpenID Connect client: the payments ask for more with {@code acr_values} in their authorization
 * request, so a person signed in to the portal with a password is asked only for the second factor.
 */
public record Area(String path, String title, Loa level) {
    public static final Area PORTAL = new Area("/portal", "Grants portal", Loa.BASIC);
    public static final Area PAYMENTS = new Area("/payments", "Grant payments", Loa.MEDIUM);
}
