package lab.eulogin.idp.web;

import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.reports.ReportReferences;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** "Report a problem" (FAQ HELP-01), and the SMS delivery receipts behind "the last SMS received". */
class ProblemReportTest extends CasTestBase {
    private static final String ANA = "ana@example.eu";
    private static final String NUMBER = "+32470123456";
    private static final Pattern REFERENCE = Pattern.compile("data-field=\"reference\">(IM00[0-9]{8})<");
    private static final String REPORT = "/cas/help/reportProblem.cgi";

    static byte[] png() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, String> report(String description) {
        return Map.of("urlSource", "BOOKMARK", "description", description, "relationship", "Retiree from the Commission");
    }

    private TestBrowser anaAtTheSmsStepOfEures() {
        account(ANA, AccountKind.RETIREE);
        TestBrowser ana = signIn(ANA, GOOD_PASSWORD);
        ana.get("/cas/userdata/addMobilePhone.cgi");
        ana.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "number", "mobilePhone", NUMBER));
        ana.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", sms.lastCodeTo(NUMBER)));
        clock.advance(Duration.ofMinutes(1));
        TestBrowser signingIn = new TestBrowser(idp.baseUrl());
        signingIn.get(loginUrl(eures));
        signingIn.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        signingIn.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD, "method", "PASSWORD_SMS"));
        assertThat(signingIn.page()).isEqualTo("login-sms");
        return signingIn;
    }

    /** The provider's receipt for the last SMS, at the address the IdP gave the provider. */
    private int deliveryReceipt(String status, String signatureToken) {
        assertThat(sms.received().get(sms.received().size() - 1).statusCallback())
                .as("the receipt address given to the provider").startsWith(idp.baseUrl() + "/cas/api/sms/receipts/");
        return sms.sendReceipt(status, signatureToken);
    }

    @Test
    void a_report_made_while_signing_in_to_a_service_carries_the_service_the_sms_times_and_the_browser() {
        TestBrowser ana = anaAtTheSmsStepOfEures();
        assertThat(deliveryReceipt("sent", "lab-token")).isEqualTo(204);
        assertThat(deliveryReceipt("delivered", "lab-token")).isEqualTo(204);

        ana.get(REPORT);
        assertThat(ana.page()).isEqualTo("problem-report");
        String form = ana.last().body();
        assertThat(form).contains("data-field=\"account-email\">" + ANA + "<")
                .contains("data-field=\"application\">EURES portal<")
                .contains("data-field=\"application-address\">" + eures + "<")
                .contains("data-field=\"browser\">Java-http-client")
                .doesNotContain("name=\"email\"");
        String requested = field(form, "last-sms-requested");
        assertThat(requested).isEqualTo(Web.time(clock.instant()));
        assertThat(field(form, "last-sms-delivered")).isEqualTo(requested);

        ana.postMultipart(REPORT, report("The SMS came but the code was refused."),
                List.of(new TestBrowser.FilePart("screenshots", "page.png", "image/png", png())));
        assertThat(ana.page()).isEqualTo("problem-reported");
        assertThat(ana.last().uri().getPath()).isEqualTo("/cas/help/problemReported.cgi");
        String confirmation = ana.last().body();
        Matcher reference = REFERENCE.matcher(confirmation);
        assertThat(reference.find()).as("a reference like IM00xxxxxxxx").isTrue();
        assertThat(confirmation).contains("data-field=\"application\">EURES portal<")
                .contains("data-field=\"url-source\">A bookmark (favourite) in my browser<")
                .contains("data-field=\"last-sms-requested\">" + requested + "<")
                .contains("data-field=\"last-sms-delivered\">" + requested + "<")
                .contains("data-field=\"screenshots\">1<");

        // Going back to the sign-in goes on where it was: the SMS step for EURES.
        ana.get("/cas/login/sms");
        assertThat(ana.page()).isEqualTo("login-sms");
    }

    @Test
    void from_my_account_the_report_knows_the_account_and_says_none_when_no_sms_was_asked_for() {
        registerAndActivate(ANA);
        browser.get("/cas/userdata/myAccount.cgi");
        assertThat(browser.last().body()).contains("href=\"/cas/help/reportProblem.cgi\"");
        browser.get(REPORT);
        assertThat(field(browser.last().body(), "last-sms-requested")).isEqualTo("none");
        assertThat(field(browser.last().body(), "last-sms-delivered")).isEqualTo("none");
        assertThat(browser.last().body()).contains("data-field=\"application\">None named");
        browser.postMultipart(REPORT, Map.of("urlSource", "TYPED", "description", "My Remote says I have no rights.",
                "applicationAddress", services.url("/myremote/home")), List.of());
        assertThat(browser.page()).isEqualTo("problem-reported");
        assertThat(browser.last().body()).contains("data-field=\"application\">My Remote<")
                .contains("data-field=\"account-email\">" + ANA + "<");
    }

    @Test
    void in_lab_mode_every_report_about_an_account_is_answered_with_all_that_was_stored() {
        registerAndActivate(ANA);
        browser.get(REPORT);
        browser.postMultipart(REPORT, Map.of("urlSource", "TYPED", "description", "My Remote says I have no rights.",
                "applicationAddress", services.url("/myremote/home")), List.of());
        String reference = field(browser.last().body(), "reference");

        TestBrowser lab = new TestBrowser(idp.baseUrl());
        lab.get("/__lab/problem-reports?email=" + ANA.toUpperCase(java.util.Locale.ROOT));
        assertThat(lab.last().statusCode()).isEqualTo(200);
        assertThat(lab.last().body()).contains("\"reference\":\"" + reference + "\"")
                .contains("\"description\":\"My Remote says I have no rights.\"")
                .contains("\"serviceName\":\"My Remote\"").contains("\"urlSource\":\"TYPED\"");
        lab.get("/__lab/problem-reports?email=nobody@example.eu");
        assertThat(lab.last().body()).contains("\"reports\":[]");
        lab.get("/__lab/problem-reports");
        assertThat(lab.last().statusCode()).isEqualTo(400);
        assertThat(lab.last().body()).contains("\"error\":\"email-required\"");
    }

    @Test
    void before_signing_in_the_address_is_typed_and_nothing_of_the_account_is_shown() {
        registerAndActivate(ANA);
        TestBrowser stranger = identify(ANA);
        stranger.get(REPORT);
        String form = stranger.last().body();
        assertThat(form).contains("name=\"email\"").contains("value=\"" + ANA + "\"")
                .contains("data-msg=\"report-sms-after-sign-in\"")
                .doesNotContain("data-field=\"last-sms-requested\"");
        stranger.postMultipart(REPORT, Map.of("email", ANA, "urlSource", "OTHER", "description", "Cannot sign in."),
                List.of());
        assertThat(stranger.page()).isEqualTo("problem-reported");
        assertThat(stranger.last().body()).doesNotContain("data-field=\"last-sms-requested\"");
    }

    @Test
    void a_report_without_what_it_needs_is_refused_with_each_problem_next_to_its_field_and_what_was_typed_kept() {
        browser.get(REPORT);
        browser.postMultipart(REPORT, Map.of("email", "not-an-address", "description", "  ",
                        "relationship", "Staff <b>member</b>", "applicationAddress", "javascript:alert(1)"),
                List.of(new TestBrowser.FilePart("screenshots", "notes.txt", "image/png", "just text".getBytes(StandardCharsets.UTF_8))));
        assertThat(browser.last().statusCode()).isEqualTo(400);
        String page = browser.last().body();
        assertThat(page).contains("data-msg=\"email-invalid\" data-field=\"email\"")
                .contains("data-msg=\"report-source-required\" data-field=\"urlSource\"")
                .contains("data-msg=\"report-description-required\" data-field=\"description\"")
                .contains("data-msg=\"report-address-invalid\" data-field=\"applicationAddress\"")
                .contains("data-msg=\"report-screenshot-not-picture\" data-field=\"screenshots\"")
                .contains("data-msg=\"report-choose-screenshots-again\"")
                .contains("value=\"not-an-address\"")
                .contains("value=\"Staff &lt;b&gt;member&lt;/b&gt;\"")
                .doesNotContain("<b>member</b>");

        browser.postMultipart(REPORT, Map.of("email", "a@example.eu", "urlSource", "TYPED", "description", "x".repeat(4001)),
                List.of());
        assertThat(browser.last().body()).contains("data-msg=\"report-description-too-long\"");
        browser.postMultipart(REPORT, Map.of("email", "a@example.eu", "applicationAddress", "https://grants.example.eu/",
                "urlSource", "NOT_A_SOURCE", "description", "x"), List.of());
        assertThat(browser.last().body()).contains("data-msg=\"report-source-required\"");

        byte[] picture = png();
        browser.postMultipart(REPORT, Map.of("email", "a@example.eu", "urlSource", "TYPED", "description", "x"),
                List.of(new TestBrowser.FilePart("screenshots", "1.png", "image/png", picture),
                        new TestBrowser.FilePart("screenshots", "2.png", "image/png", picture),
                        new TestBrowser.FilePart("screenshots", "3.png", "image/png", picture),
                        new TestBrowser.FilePart("screenshots", "4.png", "image/png", picture)));
        assertThat(browser.last().body()).contains("data-msg=\"report-screenshots-too-many\"");

        byte[] tooLarge = new byte[3 * 1024 * 1024];
        System.arraycopy(picture, 0, tooLarge, 0, picture.length);
        browser.postMultipart(REPORT, Map.of("email", "a@example.eu", "urlSource", "TYPED", "description", "x"),
                List.of(new TestBrowser.FilePart("screenshots", "big.png", "image/png", tooLarge)));
        assertThat(browser.last().statusCode()).isEqualTo(400);
        assertThat(browser.last().body()).contains("data-msg=\"report-screenshot-too-large\"");
    }

    @Test
    void a_report_without_its_csrf_token_is_refused_and_html_in_a_report_is_shown_as_text() {
        browser.get(REPORT);
        browser.postMultipart(REPORT, Map.of("csrf", "forged", "email", "a@example.eu", "urlSource", "TYPED",
                "description", "x"), List.of());
        assertThat(browser.last().statusCode()).isEqualTo(403);
        assertThat(browser.last().body()).contains("data-msg=\"session-expired\"");

        browser.postMultipart(REPORT, Map.of("email", "a@example.eu", "urlSource", "TYPED",
                "description", "<script>alert('x')</script>"), List.of());
        assertThat(browser.page()).isEqualTo("problem-reported");
        assertThat(browser.last().body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        // A url-encoded post of the same form is read as well, with no screenshot.
        browser.get(REPORT);
        browser.post(REPORT, Map.of("email", "a@example.eu", "urlSource", "TYPED", "description", "plain form"));
        assertThat(browser.page()).isEqualTo("problem-reported");
    }

    @Test
    void one_client_sends_at_most_ten_reports_an_hour() {
        for (int i = 0; i < ProblemReportHandler.MAX_PER_HOUR; i++) {
            browser.get(REPORT);
            browser.post(REPORT, Map.of("email", "a@example.eu", "urlSource", "TYPED", "description", "report " + i));
            assertThat(browser.page()).isEqualTo("problem-reported");
        }
        browser.get(REPORT);
        browser.post(REPORT, Map.of("email", "a@example.eu", "urlSource", "TYPED", "description", "one more"));
        assertThat(browser.last().statusCode()).isEqualTo(429);
        assertThat(browser.last().body()).contains("data-msg=\"report-too-many\"").contains("one more");
        clock.advance(Duration.ofMinutes(61));
        browser.post(REPORT, Map.of("email", "a@example.eu", "urlSource", "TYPED", "description", "later"));
        assertThat(browser.page()).isEqualTo("problem-reported");
    }

    @Test
    void without_an_application_address_where_it_came_from_is_not_asked_and_an_answer_given_anyway_is_not_kept() {
        registerAndActivate(ANA);
        browser.get(REPORT);
        assertThat(browser.last().body()).contains("id=\"urlSource-hint\"")
                .contains("Only if you give the application&#39;s address above");

        browser.postMultipart(REPORT, Map.of("description", "My password expired."), List.of());
        assertThat(browser.page()).isEqualTo("problem-reported");
        assertThat(browser.last().body()).doesNotContain("data-field=\"url-source\"");

        browser.get(REPORT);
        browser.postMultipart(REPORT, Map.of("urlSource", "BOOKMARK", "description", "Still expired."), List.of());
        assertThat(browser.page()).isEqualTo("problem-reported");
        assertThat(browser.last().body()).doesNotContain("data-field=\"url-source\"");

        TestBrowser lab = new TestBrowser(idp.baseUrl());
        lab.get("/__lab/problem-reports?email=" + ANA);
        assertThat(lab.last().statusCode()).isEqualTo(200);
        assertThat(lab.last().body()).contains("\"description\":\"Still expired.\"")
                .contains("\"description\":\"My password expired.\"")
                .contains("\"urlSource\":null").doesNotContain("BOOKMARK");
    }

    @Test
    void a_typed_application_address_needs_where_it_came_from_and_the_form_keeps_what_was_typed() {
        browser.get(REPORT);
        browser.postMultipart(REPORT, Map.of("email", "a@example.eu", "applicationAddress", "https://grants.example.eu/",
                "description", "The page stays blank."), List.of());

        assertThat(browser.last().statusCode()).isEqualTo(400);
        assertThat(browser.last().body()).contains("data-msg=\"report-source-required\" data-field=\"urlSource\"")
                .contains("value=\"https://grants.example.eu/\"").contains("The page stays blank.");

        browser.postMultipart(REPORT, Map.of("email", "a@example.eu", "applicationAddress", "https://grants.example.eu/",
                "urlSource", "EMAIL_LINK", "description", "The page stays blank."), List.of());
        assertThat(browser.page()).isEqualTo("problem-reported");
        assertThat(browser.last().body()).contains("data-field=\"url-source\">A link in an e-mail<");
    }

    @Test
    void the_address_of_the_application_that_sent_the_browser_needs_where_it_came_from() {
        TestBrowser ana = anaAtTheSmsStepOfEures();
        ana.get(REPORT);
        assertThat(ana.last().body()).doesNotContain("id=\"urlSource-hint\"");

        ana.postMultipart(REPORT, Map.of("description", "The SMS never came."), List.of());

        assertThat(ana.last().statusCode()).isEqualTo(400);
        assertThat(ana.last().body()).contains("data-msg=\"report-source-required\" data-field=\"urlSource\"");
    }

    @Test
    void the_confirmation_shows_only_this_browsers_own_report() {
        TestBrowser other = new TestBrowser(idp.baseUrl());
        other.get("/cas/help/problemReported.cgi");
        assertThat(other.page()).isEqualTo("problem-report");
    }

    @Test
    void the_sign_in_pages_and_the_help_page_link_to_report_a_problem() {
        browser.get("/cas/login");
        assertThat(browser.last().body()).contains("id=\"report-problem\" href=\"/cas/help/reportProblem.cgi\"");
        browser.get("/cas/help.html");
        assertThat(browser.last().body()).contains("id=\"help-report-problem\"");
        browser.get(REPORT + "?lang=fr");
        assertThat(browser.last().body()).contains("Signaler un problème");
        browser.get(REPORT + "?lang=de");
        assertThat(browser.last().body()).contains("Problem melden");
    }

    @Test
    void a_receipt_not_signed_with_the_providers_token_is_refused() {
        anaAtTheSmsStepOfEures();
        assertThat(deliveryReceipt("delivered", "someone-elses-token")).isEqualTo(403);
        TestBrowser ana = signIn(ANA, GOOD_PASSWORD);
        ana.get(REPORT);
        assertThat(field(ana.last().body(), "last-sms-requested")).isNotEqualTo("none");
        // The SMS added the phone and the sign-in one went out; neither has a receipt that counts.
        assertThat(field(ana.last().body(), "last-sms-delivered")).isEqualTo("none");
    }

    @Test
    void references_are_im00_and_eight_digits_and_do_not_repeat() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String reference = ReportReferences.next();
            assertThat(reference).matches("IM00[0-9]{8}");
            drawn.add(reference);
        }
        assertThat(drawn).hasSizeGreaterThan(9_990);
        assertThat(ReportReferences.isReference("IM0012345678")).isTrue();
        assertThat(ReportReferences.isReference("IM001234567890")).as("stored before the FAQ's shape").isTrue();
        assertThat(ReportReferences.isReference("IM00123")).isFalse();
    }

    private static String field(String page, String name) {
        Matcher m = Pattern.compile("data-field=\"" + name + "\">([^<]*)<").matcher(page);
        assertThat(m.find()).as("the field " + name).isTrue();
        return m.group(1);
    }
}
