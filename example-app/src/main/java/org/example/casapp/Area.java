package org.example.casapp;

import java.util.Map;

/**
 * A part of the application with a CAS client of its own (its own context path and session): the
 * portal asks EU Login for a password, the payments for a second factor as well.
 *
 * @param validation what its CAS client sends to EU Login with each ticket, beyond the ticket itself
 */
public record Area(String path, String title, Map<String, String> validation) {
    public static final Area PORTAL = new Area("/portal", "Grants portal", Map.of());
    /** EU Login refuses its tickets unless the sign-in used a second factor (level MEDIUM). */
    public static final Area PAYMENTS = new Area("/payments", "Grant payments", Map.of("authenticationLevel", "MEDIUM"));
}
