package lab.eulogin.idp.protocol;

import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.Strength;

import java.util.List;

/**
 * What the pending sign-in needs: the level (the service's, or more if {@code authenticationLevel}
 * asked) and the methods that reach it and that the service accepts today (FAQ SIGN-13, SMS-07,
 * SMS-08). Without a service: BASIC, every method.
 *
 * @param serviceName the application asking, or null
 */
public record LoginRequirements(String serviceName, AuthenticationLevel level, List<Strength> methods) {

    public LoginRequirements {
        methods = List.copyOf(methods);
    }

    public boolean needsSecondFactor() {
        return level != AuthenticationLevel.BASIC;
    }
}
