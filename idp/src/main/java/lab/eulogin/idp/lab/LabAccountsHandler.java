package lab.eulogin.idp.lab;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountAdmin;
import lab.eulogin.idp.accounts.AccountConfiguration;
import lab.eulogin.idp.accounts.AccountSettings;
import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.EmailAddresses;
import lab.eulogin.idp.accounts.Languages;
import lab.eulogin.idp.accounts.Names;
import lab.eulogin.idp.accounts.NewAccount;
import lab.eulogin.idp.accounts.PasswordPolicy;
import lab.eulogin.idp.devices.Enrolments;
import lab.eulogin.idp.devices.QrCodeImage;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.phones.PhoneNumbers;
import lab.eulogin.idp.phones.PhoneRepository;
import lab.eulogin.idp.webauthn.SecurityKeys;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts a test needs, made the way the operator makes them, never through a password read
 * back. Lab mode only.
 * <ul>
 *   <li>{@code POST /__lab/accounts}: {@code email}, {@code password} (meeting the rule),
 *       optional {@code firstName}, {@code lastName}, {@code kind} (EXTERNAL, STAFF, RETIREE, RETIREE_EXTERNAL),
 *       {@code language} (en, fr, de), {@code passwordAge} (an ISO-8601 period such as P7M or P6M-1D),
 *       {@code legacyUsername} (FAQ SIGN-04), {@code operatorEmail} (SIGN-05) and
 *       {@code locked=true} (SIGN-07), {@code mobilePhone} (a number already registered, as after
 *       "Add a mobile phone number"; FAQ SMS-01, APP-05), and the options of "Configure my account"
 *       ({@code emailNotifications}, {@code warnWhenIdentityAsked}, {@code detailsAfterSignIn},
 *       {@code alwaysMultiFactor}: {@code true} or {@code false}; the last needs {@code mobilePhone}).
 *       201 with the account, 409 when the address is taken.</li>
 *   <li>{@code POST /__lab/accounts/settings} with {@code email} and any of those four options: the
 *       others stay as they are; answered with all four. 400 for a value other than {@code true} or
 *       {@code false}, or {@code alwaysMultiFactor=true} for an account with no second factor (as
 *       the page refuses it); 404 for an unknown account.</li>
 *   <li>{@code POST /__lab/accounts/unlock} with {@code email}: what the helpdesk does for a
 *       locked account (SIGN-07).</li>
 *   <li>{@code POST /__lab/accounts/devices} with {@code email}, {@code deviceName} and {@code pin}:
 *       "Add a mobile device" as filled in on the PC, answered with the QR code picture (PNG) the
 *       page would show, for a virtual phone's app to scan (FAQ APP-01); 400 with the field errors
 *       the form would show.</li>
 *   <li>{@code POST /__lab/accounts/security-keys} with {@code email}, {@code name},
 *       {@code credentialId} (base64url) and {@code publicKey} (an EC P-256 or RSA public key,
 *       X.509 SubjectPublicKeyInfo in base64): a security key registered as the operator would set
 *       it up, for an authenticator (a browser's virtual one) that holds the private key (FAQ
 *       APP-09). 201; 400 for a name the page would refuse or a key that is not one; 404 for an
 *       unknown account; 409 when the credential is registered already.</li>
 * </ul>
 */
public final class LabAccountsHandler {

    private final AccountAdmin admin;
    private final AccountConfiguration configuration;
    private final PhoneRepository phones;
    private final Enrolments enrolments;
    private final SecurityKeys securityKeys;
    private final Clock clock;

    public LabAccountsHandler(AccountAdmin admin, AccountConfiguration configuration, PhoneRepository phones,
                              Enrolments enrolments, SecurityKeys securityKeys, Clock clock) {
        this.admin = admin;
        this.configuration = configuration;
        this.phones = phones;
        this.enrolments = enrolments;
        this.securityKeys = securityKeys;
        this.clock = clock;
    }

    public void create(HttpServerExchange exchange) throws Exception {
        Form form = Form.read(exchange);
        String email = EmailAddresses.normalise(value(form, "email"));
        String password = value(form, "password");
        String kind = value(form, "kind").isEmpty() ? AccountKind.EXTERNAL.name() : value(form, "kind");
        String language = value(form, "language").isEmpty() ? "en" : value(form, "language");
        String age = value(form, "passwordAge").isEmpty() ? "P0D" : value(form, "passwordAge");
        String firstName = Names.normalise(orDefault(value(form, "firstName"), "Lab"));
        String lastName = Names.normalise(orDefault(value(form, "lastName"), "User"));
        PhoneNumbers.Parsed phone = PhoneNumbers.parse(value(form, "mobilePhone"));
        boolean withPhone = !value(form, "mobilePhone").isEmpty();
        String locked = value(form, "locked");
        Options options = Options.read(form, AccountSettings.defaults());

        Optional<String> problem = !EmailAddresses.isValid(email) ? Optional.of("email is not a valid e-mail address")
                : !PasswordPolicy.accepts(password) ? Optional.of("password does not meet the rule of FAQ ACC-05")
                : Names.problem(firstName, "", "") != null || Names.problem(lastName, "", "") != null
                        ? Optional.of("firstName and lastName must be names of at most " + Names.MAX_LENGTH + " characters")
                : !isKind(kind) ? Optional.of("kind must be EXTERNAL, STAFF, RETIREE or RETIREE_EXTERNAL")
                : !Languages.isSupported(language) ? Optional.of("language must be one of " + Languages.SUPPORTED)
                : !isPeriod(age) ? Optional.of("passwordAge must be an ISO-8601 period such as P7M")
                : !isTrueOrFalse(locked) ? Optional.of("locked must be true or false")
                : withPhone && !phone.ok() ? Optional.of("mobilePhone is not a mobile number (" + phone.problem() + ")")
                : options.problem() != null ? Optional.of(options.problem())
                : options.settings().alwaysMultiFactor() && !withPhone
                        ? Optional.of("alwaysMultiFactor=true needs a second factor: give mobilePhone too, or set it with "
                                + "/__lab/accounts/settings once a device or security key is registered")
                : Optional.empty();
        if (problem.isPresent()) {
            LabJson.error(exchange, StatusCodes.BAD_REQUEST, "bad-account", problem.get());
            return;
        }
        if (admin.find(email).isPresent()) {
            LabJson.error(exchange, StatusCodes.CONFLICT, "already-registered", "An account has the address '" + email + "'");
            return;
        }
        Instant changed = clock.instant().atZone(ZoneOffset.UTC).minus(Period.parse(age)).toInstant();
        Account account = admin.createActive(new NewAccount(email, firstName, lastName, Locale.forLanguageTag(language), AccountKind.valueOf(kind)),
                password, changed);
        if (!value(form, "legacyUsername").isEmpty()) {
            admin.setLegacyUsername(account, value(form, "legacyUsername"));
        }
        if (!value(form, "operatorEmail").isEmpty()) {
            admin.setOperatorEmail(account, EmailAddresses.normalise(value(form, "operatorEmail")));
        }
        if (locked.equals("true")) {
            admin.lock(account);
        }
        if (withPhone) {
            phones.add(account.id(), phone.e164(), clock.instant());
        }
        // Saved once the phone is there: "Always require multi-factor authentication" needs it.
        configuration.save(account.id(), options.settings());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", account.email());
        body.put("kind", kind);
        body.put("locked", locked.equals("true"));
        if (withPhone) {
            body.put("mobilePhone", phone.e164());
        }
        putSettings(body, options.settings());
        LabJson.send(exchange, StatusCodes.CREATED, body);
    }

    /** "Configure my account" as its owner would tick it: the options given change, the others stay. */
    public void configure(HttpServerExchange exchange) throws Exception {
        Form form = Form.read(exchange);
        Optional<Account> account = accountOrNotFound(exchange, value(form, "email"));
        if (account.isEmpty()) {
            return;
        }
        Options options = Options.read(form, account.get().settings());
        if (options.problem() != null) {
            LabJson.error(exchange, StatusCodes.BAD_REQUEST, "bad-settings", options.problem());
            return;
        }
        AccountConfiguration.Outcome outcome = configuration.save(account.get().id(), options.settings());
        if (outcome instanceof AccountConfiguration.Outcome.Invalid) {
            // Its one refusal, as the page words it: the option would lock the owner out.
            LabJson.error(exchange, StatusCodes.BAD_REQUEST, "multi-factor-needs-second-factor",
                    "alwaysMultiFactor=true needs a second factor: the account has no mobile phone, device or security key");
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", account.get().email());
        putSettings(body, options.settings());
        LabJson.send(exchange, StatusCodes.OK, body);
    }

    /**
     * The options of "Configure my account" as the form gives them, each {@code true} or {@code false},
     * the ones it leaves out as they were; or what is wrong with one.
     */
    private record Options(AccountSettings settings, String problem) {
        static Options read(Form form, AccountSettings before) {
            AccountSettings settings = before;
            for (String option : AccountSettings.OPTIONS) {
                String given = value(form, option);
                if (!isTrueOrFalse(given)) {
                    return new Options(before, option + " must be true or false");
                } else if (!given.isEmpty()) {
                    settings = settings.with(option, given.equals("true"));
                }
            }
            return new Options(settings, null);
        }
    }

    /** A flag of the form: {@code true}, {@code false}, or left out (false, or as it was). */
    private static boolean isTrueOrFalse(String given) {
        return given.isEmpty() || given.equals("true") || given.equals("false");
    }

    private static void putSettings(Map<String, Object> body, AccountSettings settings) {
        for (String option : AccountSettings.OPTIONS) {
            body.put(option, settings.isOn(option));
        }
    }

    public void unlock(HttpServerExchange exchange) throws Exception {
        String email = value(Form.read(exchange), "email");
        Optional<Account> account = accountOrNotFound(exchange, email);
        if (account.isEmpty()) {
            return;
        }
        admin.unlock(account.get());
        LabJson.send(exchange, StatusCodes.OK, Map.of("email", account.get().email(), "locked", false));
    }

    public void startDeviceEnrolment(HttpServerExchange exchange) throws Exception {
        Form form = Form.read(exchange);
        String email = value(form, "email");
        Optional<Account> account = accountOrNotFound(exchange, email);
        if (account.isEmpty()) {
            return;
        }
        String pin = value(form, "pin");
        Enrolments.Started started = enrolments.start(account.get().id(), value(form, "deviceName"), pin, pin);
        if (started instanceof Enrolments.Started.Invalid invalid) {
            LabJson.error(exchange, StatusCodes.BAD_REQUEST, "bad-device", "The form would show these errors: " + invalid.errors().asMap());
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "image/png");
        exchange.setStatusCode(StatusCodes.CREATED);
        exchange.getResponseSender().send(ByteBuffer.wrap(QrCodeImage.png(((Enrolments.Started.Ok) started).qrText())));
    }

    public void registerSecurityKey(HttpServerExchange exchange) throws Exception {
        Form form = Form.read(exchange);
        Optional<Account> account = accountOrNotFound(exchange, value(form, "email"));
        if (account.isEmpty()) {
            return;
        }
        String credentialId = value(form, "credentialId");
        Optional<PublicKey> publicKey = publicKey(value(form, "publicKey"));
        if (!isBase64Url(credentialId) || publicKey.isEmpty()) {
            LabJson.error(exchange, StatusCodes.BAD_REQUEST, "bad-security-key",
                    "credentialId must be base64url and publicKey an EC or RSA public key (X.509, base64)");
            return;
        }
        SecurityKeys.Outcome outcome = securityKeys.registerAsOperator(account.get().id(), value(form, "name"), credentialId,
                publicKey.get());
        if (outcome instanceof SecurityKeys.Outcome.Registered registered) {
            LabJson.send(exchange, StatusCodes.CREATED,
                    Map.of("email", account.get().email(), "name", registered.name(), "credentialId", credentialId));
            return;
        }
        String reason = outcome instanceof SecurityKeys.Outcome.Refused refused ? refused.reason() : "security-key-check-failed";
        boolean again = "security-key-already-registered".equals(reason);
        LabJson.error(exchange, again ? StatusCodes.CONFLICT : StatusCodes.BAD_REQUEST, reason,
                again ? "The credential is registered already" : "The page would refuse it: " + reason);
    }

    /** A credential id as WebAuthn allows it: base64url of 1 to 1023 bytes. */
    private static boolean isBase64Url(String value) {
        try {
            int length = Base64.getUrlDecoder().decode(value).length;
            return length > 0 && length <= 1023;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An EC or RSA public key from its X.509 encoding in base64; empty when it is neither. */
    private static Optional<PublicKey> publicKey(String base64) {
        byte[] encoded;
        try {
            encoded = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (String algorithm : new String[] {"EC", "RSA"}) {
            try {
                return Optional.of(KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(encoded)));
            } catch (GeneralSecurityException | IllegalArgumentException notThisOne) {
                // try the next algorithm
            }
        }
        return Optional.empty();
    }

    /** The account with this address; when there is none, the answer says so (404). */
    private Optional<Account> accountOrNotFound(HttpServerExchange exchange, String email) {
        Optional<Account> account = admin.find(EmailAddresses.normalise(email));
        if (account.isEmpty()) {
            LabJson.error(exchange, StatusCodes.NOT_FOUND, "no-account", "No account has the address '" + email + "'");
        }
        return account;
    }

    private static String value(Form form, String name) {
        return form.get(name).strip();
    }

    private static String orDefault(String value, String otherwise) {
        return value.isEmpty() ? otherwise : value;
    }

    private static boolean isKind(String kind) {
        try {
            AccountKind.valueOf(kind);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A period that puts the last change in the past; "P6M-1D" (the day before 6 months) is one. */
    private boolean isPeriod(String age) {
        try {
            Instant now = clock.instant();
            return !now.atZone(ZoneOffset.UTC).minus(Period.parse(age)).toInstant().isAfter(now);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
