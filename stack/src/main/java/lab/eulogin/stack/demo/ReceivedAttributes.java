package lab.eulogin.stack.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.nimbusds.jwt.JWT;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import org.apereo.cas.client.authentication.AttributePrincipal;
import org.apereo.cas.client.validation.Assertion;

/**
 * What an application learnt from EU Login: for a CAS application, what its CAS client read when
 * it validated the ticket ({@code /cas/p3/serviceValidate}); for an OpenID Connect application,
 * the claims of the ID token its relying party validated. The user and the attributes, in words a
 * person reads, each with the attribute's (or claim's) name and value as sent.
 *
 * @param user        the user id EU Login gave
 * @param displayName the name to greet the person with
 * @param shown       the attributes a person cares about, in order
 * @param all         every attribute as the application's client read it
 */
record ReceivedAttributes(String user, String displayName, List<Row> shown, Map<String, String> all) {
    /** EU Login's own claim of the kind of account: {@code external} for a self-registered one. */
    static final String DOMAIN_CLAIM = "https://ecas.ec.europa.eu/claims/domain";


    /** One line of the table: a label, the value in words, and the attribute as sent. */
    record Row(String attribute, String label, String words, String value) {
    }

    static ReceivedAttributes of(Assertion assertion) {
        AttributePrincipal principal = assertion.getPrincipal();
        Map<String, String> all = new LinkedHashMap<>();
        principal.getAttributes().forEach((name, value) -> all.put(name, text(value)));
        List<Row> shown = new ArrayList<>();
        shown.add(new Row("user", "User", principal.getName(), principal.getName()));
        add(shown, all, "email", "E-mail", v -> v);
        add(shown, all, "firstName", "First name", v -> v);
        add(shown, all, "lastName", "Last name", v -> v);
        add(shown, all, "employeeType", "Kind of account", ReceivedAttributes::kind);
        add(shown, all, "domain", "Domain", v -> v);
        add(shown, all, "assuranceLevel", "Assurance level", v -> v);
        add(shown, all, "authenticationLevel", "Authentication level", v -> v);
        add(shown, all, "strengths", "Verification method", ReceivedAttributes::methods);
        add(shown, all, "sso", "How you signed in", ReceivedAttributes::howSignedIn);
        add(shown, all, "loginDate", "Signed in at", v -> v);
        return new ReceivedAttributes(principal.getName(), displayName(all.get("firstName"), all.get("lastName"),
                principal.getName()), List.copyOf(shown), Collections.unmodifiableMap(all));
    }

    /**
     * From a validated ID token: its claims, the signature it was checked with, and whether it
     * came from the single sign-on, which the application knows from the way it asked: a request
     * with {@code prompt=none} that EU Login answered without showing a page.
     */
    static ReceivedAttributes of(IDTokenClaimsSet claims, JWT idToken, boolean fromSingleSignOn) {
        Map<String, String> all = new LinkedHashMap<>();
        claims.toJSONObject().forEach((name, value) -> all.put(name, text(value)));
        String user = claims.getSubject().getValue();
        List<Row> shown = new ArrayList<>();
        shown.add(new Row("sub", "User", user, user));
        add(shown, all, "email", "E-mail", v -> v);
        add(shown, all, "given_name", "First name", v -> v);
        add(shown, all, "family_name", "Last name", v -> v);
        add(shown, all, DOMAIN_CLAIM, "Domain", v -> v);
        add(shown, all, "acr", "Authentication level", ReceivedAttributes::acr);
        add(shown, all, "amr", "Verification method", ReceivedAttributes::amr);
        if (claims.getAuthenticationTime() != null) {
            String authTime = String.valueOf(claims.getAuthenticationTime().toInstant().getEpochSecond());
            shown.add(new Row("auth_time", "Signed in to EU Login at",
                    claims.getAuthenticationTime().toInstant().toString(), authTime));
        }
        shown.add(new Row("sso", "How you signed in", howSignedIn(String.valueOf(fromSingleSignOn)),
                String.valueOf(fromSingleSignOn)));
        String alg = idToken.getHeader().getAlgorithm().getName();
        shown.add(new Row("alg", "ID token signature", alg + ", checked against EU Login's published keys (JWKS)", alg));
        return new ReceivedAttributes(user, displayName(all.get("given_name"), all.get("family_name"), user),
                List.copyOf(shown), Collections.unmodifiableMap(all));
    }

    public String get(String attribute) {
        return all.getOrDefault(attribute, "");
    }

    private static String displayName(String first, String last, String user) {
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return name.isEmpty() ? user : name;
    }

    private static void add(List<Row> rows, Map<String, String> all, String attribute, String label,
                            java.util.function.UnaryOperator<String> words) {
        String value = all.get(attribute);
        if (value != null) {
            rows.add(new Row(attribute, label, words.apply(value), value));
        }
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** EU Login's {@code acr}: its authentication level, as a URI of its own. */
    private static String acr(String acr) {
        return switch (acr.substring(acr.lastIndexOf('/') + 1)) {
            case "basic" -> "BASIC: the password";
            case "medium" -> "MEDIUM: the password and a second factor";
            case "high" -> "HIGH";
            default -> acr;
        };
    }

    /** EU Login's {@code amr} values (RFC 8176's names) in the words of "Choose your verification method". */
    private static String amr(String amr) {
        return List.of(amr.split(",\\s*")).stream().map(value -> switch (value) {
            case "pwd" -> "Password";
            case "sms" -> "Mobile Phone + SMS";
            case "swk" -> "EU Login Mobile App PIN Code";
            case "otp" -> "EU Login Mobile App QR Code";
            case "mfa" -> "more than one factor";
            default -> value;
        }).collect(Collectors.joining(", "));
    }

    private static String kind(String employeeType) {
        return switch (employeeType) {
            case "n" -> "External (self-registered)";
            case "f" -> "Staff";
            case "r" -> "Retired staff";
            default -> employeeType;
        };
    }

    private static String methods(String strengths) {
        return List.of(strengths.split(",\\s*")).stream().map(strength -> switch (strength) {
            case "PASSWORD" -> "Password";
            case "PASSWORD_SMS" -> "Mobile Phone + SMS";
            case "PASSWORD_MOBILE_APP" -> "EU Login Mobile App PIN Code";
            case "PASSWORD_SOFTWARE_TOKEN" -> "EU Login Mobile App QR Code";
            case "PASSWORD_WEBAUTHN" -> "Security Key or Trusted Platform";
            default -> strength;
        }).collect(Collectors.joining(", "));
    }

    private static String howSignedIn(String sso) {
        return Boolean.parseBoolean(sso)
                ? "Single sign-on: your EU Login session was already open, nothing was typed for this application"
                : "A new sign-in: EU Login asked you for it when this application sent you there";
    }
}
