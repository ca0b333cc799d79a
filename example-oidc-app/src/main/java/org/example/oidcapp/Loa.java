package org.example.oidcapp;

import java.util.Locale;
import java.util.Optional;

/**
 * EU Login's levels of assurance as OpenID Connect names them: the {@code acr} of its ID tokens and
 * the values of {@code acr_values}. BASIC is a password, MEDIUM a second factor as well.
 */
public enum Loa {
    BASIC, MEDIUM, HIGH;

    private static final String PREFIX = "https://ecas.ec.europa.eu/loa/";

    /** The {@code acr} value, e.g. {@code https://ecas.ec.europa.eu/loa/medium}. */
    public String acr() {
        return PREFIX + name().toLowerCase(Locale.ROOT);
    }

    /** The level an {@code acr} names; empty for a value that is not one of EU Login's. */
    public static Optional<Loa> ofAcr(String acr) {
        for (Loa level : values()) {
            if (level.acr().equals(acr)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    public boolean atLeast(Loa needed) {
        return compareTo(needed) >= 0;
    }
}
