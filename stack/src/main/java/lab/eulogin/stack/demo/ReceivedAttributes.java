package lab.eulogin.stack.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apereo.cas.client.authentication.AttributePrincipal;
import org.apereo.cas.client.validation.Assertion;

/**
 * What an application learnt from EU Login when its CAS client validated the ticket
 * ({@code /cas/p3/serviceValidate}): the user and the attributes, in words a person reads, each
 * with the attribute's name and value as sent.
 *
 * @param user   the user id EU Login gave
 * @param shown  the attributes a person cares about, in order
 * @param all    every attribute as the CAS client read it
 */
record ReceivedAttributes(String user, List<Row> shown, Map<String, String> all) {

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
        return new ReceivedAttributes(principal.getName(), List.copyOf(shown), Collections.unmodifiableMap(all));
    }

    public String get(String attribute) {
        return all.getOrDefault(attribute, "");
    }

    /** The name to greet the person with. */
    public String displayName() {
        String name = (get("firstName") + " " + get("lastName")).strip();
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
