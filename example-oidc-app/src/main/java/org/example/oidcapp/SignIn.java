package org.example.oidcapp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person signed in to the application: the level EU Login confirmed (the ID token's {@code acr})
 * and the ID token's claims, as text. Kept in the session.
 */
record SignIn(Loa level, Map<String, String> claims) {
    SignIn {
        claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    }
}
