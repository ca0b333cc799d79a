package lab.eulogin.idp.web;

import lab.eulogin.idp.http.Web;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "Lost your password?" asks, as EU Login's page does, for the address and the code of a picture, every time. */
class PasswordResetCaptchaTest extends IdpTestBase {
    private static final String ANA = "ana@example.eu";

    private TestBrowser lost;

    @BeforeEach
    void anAccountAndABrowserThatLostItsPassword() {
        registerAndActivate(ANA);
        lost = new TestBrowser(idp.baseUrl());
        lost.setCookie(Web.LAB_CLIENT_COOKIE, "lost");
        lost.get(RESET_REQUEST);
    }

    /** Every mail the IdP sent: the registration's, then any link asked for here. */
    private int mailsSent() {
        return mail.getReceivedMessages().length;
    }

    private static Map<String, String> form(String email, String code) {
        Map<String, String> form = new HashMap<>(Map.of("email", email));
        if (code != null) {
            form.put("captcha", code);
        }
        return form;
    }

    @Test
    void the_page_shows_a_captcha_to_a_browser_that_never_registered() {
        assertThat(lost.page()).isEqualTo("password-reset-request");
        assertThat(lost.last().body()).contains("id=\"captcha-image\"").contains("data:image/png;base64,")
                .contains("name=\"captcha\"").contains(">Enter the code</label>").contains("aria-label=\"Generate a new code\"");
        assertThat(captchaShownTo("lost")).hasSize(6);
    }

    @Test
    void without_the_code_no_link_is_sent_and_the_address_stays_typed() {
        int before = mailsSent();

        lost.post(RESET_REQUEST, form(ANA, null));

        assertThat(lost.last().statusCode()).isEqualTo(400);
        assertThat(lost.page()).isEqualTo("password-reset-request");
        assertThat(lost.last().body()).contains("data-msg=\"captcha-wrong\" data-field=\"captcha\"")
                .contains("value=\"" + ANA + "\"").contains("id=\"captcha-image\"");
        assertThat(mailsSent()).isEqualTo(before);
    }

    @Test
    void a_wrong_code_is_refused_with_the_address_kept_and_a_new_picture() {
        int before = mailsSent();
        String shown = captchaShownTo("lost");

        lost.post(RESET_REQUEST, form(ANA, "WRONG1"));

        assertThat(lost.last().statusCode()).isEqualTo(400);
        assertThat(lost.last().body()).contains("data-msg=\"captcha-wrong\" data-field=\"captcha\"")
                .contains("value=\"" + ANA + "\"");
        assertThat(captchaShownTo("lost")).as("a new picture").isNotEqualTo(shown);
        assertThat(mailsSent()).isEqualTo(before);
    }

    @Test
    void the_right_code_mails_the_link_whatever_its_case() {
        int before = mailsSent();

        lost.post(RESET_REQUEST, form(ANA.toUpperCase(), captchaShownTo("lost").toLowerCase()));

        assertThat(lost.page()).isEqualTo("password-reset-sent");
        assertThat(mailsSent()).isEqualTo(before + 1);
        assertThat(lastLinkTo(ANA)).contains("initialisePasswordLogin.cgi");
    }

    @Test
    void an_address_without_an_account_gets_the_same_answer_and_no_mail() {
        int before = mailsSent();

        lost.post(RESET_REQUEST, form("nobody@example.eu", captchaShownTo("lost")));

        assertThat(lost.page()).isEqualTo("password-reset-sent");
        assertThat(mailsSent()).isEqualTo(before);
    }

    @Test
    void a_code_sends_one_link_only_the_same_form_sent_again_is_refused() {
        Map<String, String> filledIn = form(ANA, captchaShownTo("lost"));
        String csrf = lost.csrf();
        lost.post(RESET_REQUEST, filledIn);
        assertThat(lost.page()).isEqualTo("password-reset-sent");
        int after = mailsSent();

        filledIn.put("csrf", csrf);
        lost.post(RESET_REQUEST, filledIn);

        assertThat(lost.page()).isEqualTo("password-reset-request");
        assertThat(lost.last().body()).contains("data-msg=\"captcha-wrong\"");
        assertThat(mailsSent()).isEqualTo(after);
    }

    @Test
    void a_wrong_address_and_a_wrong_code_are_each_told_next_to_their_field() {
        lost.post(RESET_REQUEST, form("not-an-address", "WRONG1"));

        assertThat(lost.last().body()).contains("data-msg=\"email-invalid\" data-field=\"email\"")
                .contains("data-msg=\"captcha-wrong\" data-field=\"captcha\"")
                .contains("value=\"not-an-address\"");
    }

    @Test
    void the_two_arrows_draw_a_new_code_and_keep_the_address() {
        String first = captchaShownTo("lost");
        Map<String, String> arrows = form(ANA, null);
        arrows.put("newCaptcha", "yes");

        lost.post(RESET_REQUEST, arrows);

        assertThat(lost.last().statusCode()).isEqualTo(200);
        assertThat(lost.last().body()).contains("value=\"" + ANA + "\"").doesNotContain("data-msg=");
        assertThat(captchaShownTo("lost")).isNotEqualTo(first);
        lost.post(RESET_REQUEST, form(ANA, first));
        assertThat(lost.page()).as("the old code no longer counts").isEqualTo("password-reset-request");
    }

    @Test
    void enter_in_the_form_asks_for_the_password_rather_than_drawing_a_new_code() {
        assertThat(firstSubmitButton(lost, RESET_REQUEST)).doesNotContain("name=").doesNotContain("new-captcha");
    }
}
