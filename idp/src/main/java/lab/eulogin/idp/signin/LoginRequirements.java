package lab.eulogin.idp.signin;

import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.Strength;

import java.time.LocalDate;
import java.util.List;

/**
 * What the pending sign-in needs: the level (the service's, or more if {@code authenticationLevel}
 * asked) and the methods that reach it and that the service accepts today (FAQ SIGN-13, SMS-07,
 * SMS-08). Without a service: BASIC, every method.
 *
 * @param serviceName     the application asking, or null
 * @param smsLastAccepted the last day the service took "Mobile Phone + SMS", when that day has
 *                        passed on the lab clock (FAQ SMS-07); null when it still takes SMS or never did
 */
public record LoginRequirements(String serviceName, AuthenticationLevel level, List<Strength> methods,
                                LocalDate smsLastAccepted) {

    public LoginRequirements {
        methods = List.copyOf(methods);
    }

    public LoginRequirements(String serviceName, AuthenticationLevel level, List<Strength> methods) {
        this(serviceName, level, methods, null);
    }

    public boolean accepts(Strength method) {
        return methods.contains(method);
    }

    /** Whether one of the EU Login app's methods would do. */
    public boolean acceptsTheApp() {
        return accepts(Strength.PASSWORD_MOBILE_APP) || accepts(Strength.PASSWORD_SOFTWARE_TOKEN);
    }
}
