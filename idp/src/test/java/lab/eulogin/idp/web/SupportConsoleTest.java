package lab.eulogin.idp.web;

import lab.eulogin.idp.IdpConfig;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.NewAccount;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.support.StaffRole;
import lab.eulogin.idp.support.SupportStaff;
import org.junit.jupiter.api.Test;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The support console (FAQ HELP-02): its own sign-in and roles, the look-up, the actions, the audit. */
class SupportConsoleTest extends IdpTestBase {
    private static final String STAFF_PASSWORD = "Support-Desk-2026!";
    private static final String ANA = "ana@example.eu";
    private static final String NUMBER = "+32470123456";

    private final String jdbcUrl = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    /** On a database this test can also write to, as an older lab did. */
    @Override
    IdpConfig config(boolean labMode) {
        return super.config(labMode).withJdbcUrl(jdbcUrl);
    }

    private void staff(String login, StaffRole role) {
        assertThat(idp.supportStaff().create(login, "Sam " + login, role, STAFF_PASSWORD))
                .isInstanceOf(SupportStaff.Created.Ok.class);
    }

    private TestBrowser console(String login) {
        TestBrowser console = new TestBrowser(idp.baseUrl());
        console.get("/cas/support");
        assertThat(console.page()).isEqualTo("support-login");
        console.post("/cas/support/login", Map.of("login", login, "password", STAFF_PASSWORD));
        assertThat(console.page()).as("the console after signing in").isEqualTo("support-home");
        return console;
    }

    private Account ana(AccountKind kind) {
        return idp.accountAdmin().createActive(new NewAccount(ANA, "Ana", "Pérez", Locale.FRENCH, kind),
                GOOD_PASSWORD, clock.instant());
    }

    private static void lookUp(TestBrowser console, String typed) {
        console.post("/cas/support", Map.of("email", typed));
    }

    private void lockByWrongPasswords(String email) {
        TestBrowser other = identify(email);
        for (int i = 0; i < 5; i++) {
            other.post("/cas/login", Map.of("step", "password", "password", "Wrong-password-" + i));
        }
    }

    @Test
    void an_agent_sees_a_locked_account_and_until_when_unlocks_it_and_its_owner_signs_in() {
        ana(AccountKind.STAFF);
        lockByWrongPasswords(ANA);
        String until = Web.time(idp.accountAdmin().find(ANA).orElseThrow().lockedUntil());
        staff("agent.one", StaffRole.AGENT);
        TestBrowser console = console("agent.one");

        lookUp(console, "  ANA@example.eu ");
        assertThat(console.page()).isEqualTo("support-account");
        String page = console.last().body();
        assertThat(page).contains("data-reason=\"locked\"").contains(until)
                .contains("data-field=\"locked-until\">Until " + until + "<")
                .contains("id=\"unlock\"")
                .doesNotContain(GOOD_PASSWORD).doesNotContain("pbkdf2");
        assertThat(identify(ANA).last().body()).contains("data-msg=\"account-locked\"");

        console.post(console.last().uri().getPath() + "/unlock", Map.of());
        assertThat(console.page()).isEqualTo("support-account");
        assertThat(console.last().body()).contains("data-msg=\"support-unlocked\"")
                .doesNotContain("data-reason=\"locked\"").contains("data-reason=\"ok\"")
                .contains("data-action=\"UNLOCK\" data-staff=\"agent.one\"");
        assertThat(signIn(ANA, GOOD_PASSWORD).page()).isEqualTo("login-success");

        console.get("/cas/support/audit");
        String audit = console.last().body();
        assertThat(audit).contains("data-action=\"SIGN_IN\" data-staff=\"agent.one\"")
                .contains("data-action=\"LOOK_UP\" data-staff=\"agent.one\" data-account=\"" + ANA + "\"")
                .contains("data-action=\"VIEW_ACCOUNT\" data-staff=\"agent.one\"")
                .contains("data-action=\"UNLOCK\" data-staff=\"agent.one\" data-account=\"" + ANA + "\"")
                .contains("was locked until " + until);
    }

    @Test
    void a_viewer_looks_up_but_cannot_unlock_and_the_refusal_is_audited() {
        ana(AccountKind.STAFF);
        lockByWrongPasswords(ANA);
        staff("viewer.one", StaffRole.VIEWER);
        TestBrowser console = console("viewer.one");
        lookUp(console, ANA);
        String accountPath = console.last().uri().getPath();
        assertThat(console.last().body()).contains("data-reason=\"locked\"").contains("data-msg=\"support-viewer-only\"")
                .doesNotContain("id=\"unlock\"").doesNotContain("id=\"send-initialisation-link\"");

        console.post(accountPath + "/unlock", Map.of());
        assertThat(console.last().statusCode()).isEqualTo(403);
        assertThat(console.last().body()).contains("data-msg=\"support-not-allowed\"").contains("data-reason=\"locked\"");
        console.post(accountPath + "/initialisation-link", Map.of());
        assertThat(console.last().statusCode()).isEqualTo(403);
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(identify(ANA).last().body()).contains("data-msg=\"account-locked\"");
        assertThat(console.last().body()).contains("data-action=\"REFUSED\" data-staff=\"viewer.one\"");
    }

    @Test
    void an_account_without_a_second_factor_is_shown_as_refused_by_the_eures_portal() {
        ana(AccountKind.EXTERNAL);
        staff("agent.two", StaffRole.AGENT);
        TestBrowser console = console("agent.two");
        lookUp(console, ANA);
        String page = console.last().body();
        assertThat(page).contains("data-reason=\"no-second-factor\"").contains("data-service=\"EURES portal\"")
                .contains("data-field=\"phones-none\"").contains("data-field=\"devices-none\"")
                .contains("data-method=\"PASSWORD\"")
                .as("the staff's headings, not the owner's own \"Manage my ...\"")
                .contains("<h2>Mobile phone numbers</h2>", "<h2>Mobile devices</h2>").doesNotContain("Manage my");
        Matcher reason = Pattern.compile("data-reason=\"no-second-factor\"[^>]*>([^<]*)<").matcher(page);
        assertThat(reason.find()).isTrue();
        assertThat(reason.group(1)).contains("EURES portal");
    }

    @Test
    void an_expired_verification_link_is_shown_and_a_new_initialisation_link_lets_the_owner_choose_a_password() {
        String first = register(ANA, "en");
        clock.advance(Duration.ofHours(25));
        staff("agent.three", StaffRole.AGENT);
        TestBrowser console = console("agent.three");
        lookUp(console, ANA);
        String page = console.last().body();
        assertThat(page).contains("data-reason=\"not-activated-link-expired\"")
                .contains("data-link-state=\"EXPIRED\"")
                .contains("data-field=\"password\">Never set<");
        String token = first.substring(first.indexOf("resetCode=") + "resetCode=".length());
        assertThat(page).doesNotContain(token);

        console.post(console.last().uri().getPath() + "/initialisation-link", Map.of());
        assertThat(console.last().body()).contains("data-msg=\"support-link-sent\"")
                .contains("data-reason=\"not-activated-link-pending\"")
                .contains("data-link-state=\"PENDING\"");
        assertThat(lastMailTo(ANA)).satisfies(m -> assertThat(m.getSubject()).isEqualTo("Your EU Login account: choose your password"));
        String link = lastLinkTo(ANA);
        assertThat(console.last().body()).doesNotContain(link.substring(link.indexOf("resetCode=") + 10));

        TestBrowser owner = new TestBrowser(idp.baseUrl());
        owner.get(link);
        owner.post("/cas/init/initialisePasswordLogin.cgi", formOf(link, GOOD_PASSWORD, GOOD_PASSWORD));
        assertThat(owner.page()).isEqualTo("password-set");
        console.get(console.last().uri().getPath());
        assertThat(console.last().body()).contains("data-reason=\"ok\"").contains("data-link-state=\"USED\"")
                .doesNotContain(GOOD_PASSWORD).doesNotContain("pbkdf2")
                .contains("data-action=\"SEND_INITIALISATION_LINK\" data-staff=\"agent.three\"");
    }

    @Test
    void the_console_shows_the_accounts_problem_reports_and_an_agent_resolves_one() {
        registerAndActivate(ANA);
        browser.get("/cas/help/reportProblem.cgi");
        browser.postMultipart("/cas/help/reportProblem.cgi", Map.of("applicationAddress", "https://grants.example.eu/portal",
                        "urlSource", "EMAIL_LINK", "description", "Locked out <again>"),
                List.of(new TestBrowser.FilePart("screenshots", "page.png", "image/png", ProblemReportTest.png())));
        Matcher ref = Pattern.compile("data-field=\"reference\">(IM00[0-9]{8})<").matcher(browser.last().body());
        assertThat(ref.find()).isTrue();
        String reference = ref.group(1);

        staff("agent.four", StaffRole.AGENT);
        TestBrowser console = console("agent.four");
        lookUp(console, ANA);
        assertThat(console.last().body()).contains("data-report=\"" + reference + "\" data-report-open=\"true\"")
                .as("a column heading, without the sent page's colon").contains("<th>Reference</th>");
        console.get("/cas/support/reports/" + reference);
        assertThat(console.page()).isEqualTo("support-report");
        assertThat(console.last().body()).contains("Locked out &lt;again&gt;")
                .contains("data-field=\"url-source\">A link in an e-mail<");
        assertThat(console.last().body()).contains("data-screenshot=\"1\"");
        String screenshot = "/cas/support/reports/" + reference + "/screenshots/1";
        assertThat(console.get(screenshot).headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(console.get("/cas/support/reports/" + reference + "/screenshots/2").statusCode()).isEqualTo(404);
        TestBrowser stranger = new TestBrowser(idp.baseUrl());
        stranger.get(screenshot);
        assertThat(stranger.page()).as("a screenshot for staff only").isEqualTo("support-login");
        console.get("/cas/support");
        lookUp(console, reference.toLowerCase(Locale.ROOT));
        assertThat(console.page()).as("a reference looked up opens its report").isEqualTo("support-report");
        console.post("/cas/support/reports/" + reference + "/resolve", Map.of());
        assertThat(console.last().body()).contains("data-msg=\"support-report-resolved\"")
                .contains("data-field=\"report-state\">Resolved");
        console.get("/cas/support/reports/IM0000000000");
        assertThat(console.last().statusCode()).isEqualTo(404);
    }

    @Test
    void a_report_that_names_no_application_address_shows_that_no_source_was_asked() {
        registerAndActivate(ANA);
        browser.get("/cas/help/reportProblem.cgi");
        browser.postMultipart("/cas/help/reportProblem.cgi", Map.of("description", "My password expired."), List.of());
        Matcher ref = Pattern.compile("data-field=\"reference\">(IM00[0-9]{8})<").matcher(browser.last().body());
        assertThat(ref.find()).as(browser.page()).isTrue();

        staff("viewer.four", StaffRole.VIEWER);
        TestBrowser console = console("viewer.four");
        console.get("/cas/support/reports/" + ref.group(1));

        assertThat(console.page()).isEqualTo("support-report");
        assertThat(console.last().body()).contains("data-field=\"url-source\">Not asked: the report names no address<");
    }

    @Test
    void staff_sign_in_is_its_own_refuses_wrong_passwords_and_locks_after_five() {
        staff("agent.five", StaffRole.AGENT);
        ana(AccountKind.STAFF);
        // An EU Login sign-in does not open the console.
        TestBrowser user = signIn(ANA, GOOD_PASSWORD);
        user.get("/cas/support");
        assertThat(user.page()).isEqualTo("support-login");

        TestBrowser console = new TestBrowser(idp.baseUrl());
        console.get("/cas/support/login");
        console.post("/cas/support/login", Map.of("login", "nobody", "password", STAFF_PASSWORD));
        assertThat(console.last().body()).contains("data-msg=\"support-signin-refused\"");
        for (int i = 0; i < 4; i++) {
            console.post("/cas/support/login", Map.of("login", "agent.five", "password", "Wrong-password-" + i));
            assertThat(console.last().body()).contains("data-msg=\"support-signin-refused\"");
        }
        console.post("/cas/support/login", Map.of("login", "agent.five", "password", "Wrong-password-5"));
        assertThat(console.last().body()).contains("data-msg=\"support-signin-locked\"");
        console.post("/cas/support/login", Map.of("login", "agent.five", "password", STAFF_PASSWORD));
        assertThat(console.last().body()).contains("data-msg=\"support-signin-locked\"");
        clock.advance(Duration.ofMinutes(16));
        assertThat(console("agent.five").page()).isEqualTo("support-home");

        // A console session does not sign anyone in to EU Login.
        TestBrowser signedInStaff = console("agent.five");
        signedInStaff.get("/cas/userdata/myAccount.cgi");
        assertThat(signedInStaff.page()).isEqualTo("login-identifier");
    }

    @Test
    void the_console_cookie_is_its_own_http_only_and_strict_and_forms_need_their_csrf_token() {
        staff("agent.six", StaffRole.AGENT);
        ana(AccountKind.STAFF);
        TestBrowser console = new TestBrowser(idp.baseUrl());
        console.get("/cas/support/login");
        String setCookie = console.last().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SupportWeb.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict").containsIgnoringCase("path=/cas/support");

        console.postRaw("/cas/support/login", Map.of("login", "agent.six", "password", STAFF_PASSWORD));
        assertThat(console.last().statusCode()).isEqualTo(403);
        console.post("/cas/support/login", Map.of("login", "agent.six", "password", STAFF_PASSWORD));
        assertThat(console.page()).isEqualTo("support-home");
        List<HttpCookie> cookies = console.cookies();
        assertThat(cookies).extracting(HttpCookie::getName).contains(SupportWeb.COOKIE).doesNotContain("EULOGIN_SESSION");

        console.postRaw("/cas/support", Map.of("email", ANA, "csrf", "forged"));
        assertThat(console.last().statusCode()).isEqualTo(403);
        console.post("/cas/support", Map.of("email", "nobody@example.eu"));
        assertThat(console.last().body()).contains("data-msg=\"support-no-account\"");
        console.get("/cas/support/accounts/n0nexist");
        assertThat(console.last().statusCode()).isEqualTo(404);

        console.get("/cas/support");
        console.post("/cas/support/logout", Map.of());
        assertThat(console.page()).isEqualTo("support-login");
        assertThat(console.last().body()).contains("data-msg=\"support-signed-out\"");
        console.get("/cas/support/audit");
        assertThat(console.page()).isEqualTo("support-login");
    }

    @Test
    void an_expired_password_an_operator_address_and_an_old_user_name_are_explained_and_find_the_account() {
        Account account = idp.accountAdmin().createActive(new NewAccount(ANA, "Ana", "Pérez", Locale.FRENCH,
                AccountKind.RETIREE), GOOD_PASSWORD, clock.instant().atZone(ZoneOffset.UTC).minus(Period.ofMonths(7)).toInstant());
        idp.accountAdmin().setOperatorEmail(account, "ana.perez@ec.europa.eu.example");
        idp.accountAdmin().setLegacyUsername(account, "pereza");
        staff("agent.seven", StaffRole.AGENT);
        TestBrowser console = console("agent.seven");
        for (String typed : List.of("ana.perez@ec.europa.eu.example", "PEREZA")) {
            lookUp(console, typed);
            assertThat(console.page()).isEqualTo("support-account");
            assertThat(console.last().body()).contains("data-field=\"email\">" + ANA + "<")
                    .contains("data-reason=\"password-expired\"").contains("data-reason=\"operator-email\"")
                    .contains("data-reason=\"legacy-username\"");
        }
    }

    @Test
    void staff_accounts_are_made_by_the_lab_endpoint_in_lab_mode_only() {
        HttpResponse<String> made = browser.postRaw("/__lab/support-staff",
                Map.of("login", "lab.agent", "password", STAFF_PASSWORD, "role", "AGENT"));
        assertThat(made.statusCode()).isEqualTo(201);
        assertThat(browser.postRaw("/__lab/support-staff",
                Map.of("login", "lab.agent", "password", STAFF_PASSWORD, "role", "AGENT")).statusCode()).isEqualTo(409);
        assertThat(browser.postRaw("/__lab/support-staff",
                Map.of("login", "weak", "password", "weak", "role", "AGENT")).statusCode()).isEqualTo(400);
        assertThat(browser.postRaw("/__lab/support-staff",
                Map.of("login", "x.y", "password", STAFF_PASSWORD, "role", "ADMIN")).statusCode()).isEqualTo(400);
        assertThat(console("lab.agent").page()).isEqualTo("support-home");
    }

    @Test
    void the_console_speaks_french_and_german() {
        staff("agent.eight", StaffRole.VIEWER);
        TestBrowser console = console("agent.eight");
        console.get("/cas/support?lang=fr");
        assertThat(console.last().body()).contains("Rechercher un compte");
        console.get("/cas/support?lang=de");
        assertThat(console.last().body()).contains("Konto suchen");
    }

    @Test
    void a_french_console_page_shows_the_sms_delivery_status_and_the_audit_in_french() {
        ana(AccountKind.STAFF);
        TestBrowser owner = signIn(ANA, GOOD_PASSWORD);
        owner.get("/cas/userdata/addMobilePhone.cgi");
        owner.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "number", "mobilePhone", NUMBER));
        assertThat(sms.sendReceipt("delivered", "lab-token")).isEqualTo(204);
        lockByWrongPasswords(ANA);
        Instant until = idp.accountAdmin().find(ANA).orElseThrow().lockedUntil();
        staff("agent.nine", StaffRole.AGENT);
        TestBrowser console = console("agent.nine");

        console.get("/cas/support?lang=fr");
        lookUp(console, ANA);
        console.post(console.last().uri().getPath() + "/unlock", Map.of());
        String page = console.last().body();
        assertThat(page).contains("data-sms-status=\"delivered\"")
                .contains("<td>Remis au téléphone</td>").doesNotContain(">delivered<")
                .contains("<td data-detail=\"WAS_LOCKED_UNTIL\">Il était bloqué jusqu&#39;au "
                        + Web.time(until, Locale.FRENCH) + "</td>")
                .contains("<td data-detail=\"LOOKED_UP\">Saisi : « " + ANA + " »</td>")
                .doesNotContain("looked up").doesNotContain("was locked until");

        console.get("/cas/support/audit");
        assertThat(console.last().body()).contains("<td>Connexion</td><td></td><td data-detail=\"SIGNED_IN_AS\">Rôle : Agent</td>")
                .contains("<td>Déblocage</td>");
        console.get("/cas/support/audit?lang=de");
        assertThat(console.last().body()).contains("<td data-detail=\"SIGNED_IN_AS\">Rolle: Agent</td>")
                .contains("<td data-detail=\"WAS_LOCKED_UNTIL\">Es war gesperrt bis " + Web.time(until, Locale.GERMAN) + "</td>");
    }

    @Test
    void audit_lines_written_before_detail_codes_are_shown_as_they_were_written() throws SQLException {
        // As the console wrote a line before it kept codes: the detail in English words, no code.
        try (Connection c = DriverManager.getConnection(jdbcUrl, "sa", "");
             PreparedStatement ps = c.prepareStatement("INSERT INTO support_audit (at, staff_login, action, account_email, "
                     + "detail, client) VALUES (?, 'old.agent', 'UNLOCK', ?, 'was locked until 2 Dec 2026, 16:35 UTC', "
                     + "'127.0.0.1')")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, ANA);
            ps.executeUpdate();
        }
        staff("agent.ten", StaffRole.VIEWER);
        TestBrowser console = console("agent.ten");

        console.get("/cas/support/audit?lang=fr");
        assertThat(console.last().body()).contains("data-staff=\"old.agent\" data-account=\"" + ANA + "\"")
                .contains("<td>old.agent</td><td>Déblocage</td><td>" + ANA + "</td>"
                        + "<td data-detail=\"\">was locked until 2 Dec 2026, 16:35 UTC</td>");
    }
}
