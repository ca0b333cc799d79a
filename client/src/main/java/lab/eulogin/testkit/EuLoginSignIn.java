package lab.eulogin.testkit;

import java.util.Map;

/**
 * EU Login's sign-in pages walked over HTTP, as a person would fill them in: the address, the
 * password with the verification method, then that method's own step. Each step checks the page
 * it lands on, so a test that goes wrong fails saying where it was.
 */
final class EuLoginSignIn {
    private static final String LOGIN = "/cas/login";

    private final HttpBrowser browser;
    private final TestAccount account;

    EuLoginSignIn(HttpBrowser browser, TestAccount account) {
        this.browser = browser;
        this.account = account;
    }

    HttpBrowser withPassword() {
        return password("PASSWORD");
    }

    HttpBrowser withSms(VirtualPhone phone) {
        phone.skipToLatest();
        password("PASSWORD_SMS").assertPage("login-sms");
        return browser.submit("/cas/login/sms", Map.of("mobilePhone", phone.number(), "challenge", phone.nextCode()));
    }

    HttpBrowser withAppPush(VirtualPhone phone, String pin) {
        password("PASSWORD_MOBILE_APP").assertPage("login-mobile-app");
        phone.approveNextPush(pin);
        // What the waiting page's script does once the app has answered.
        return browser.open(browser.address().resolve("/cas/login/mobile-app/continue").toString());
    }

    HttpBrowser withQrCode(VirtualPhone phone, String pin) {
        password("PASSWORD_SOFTWARE_TOKEN").assertPage("login-mobile-qr");
        String code = phone.oneTimeCode(browser.image("qr-challenge"), pin);
        return browser.submit("/cas/login/mobile-qr", Map.of("code", code));
    }

    private HttpBrowser password(String method) {
        if ("login-identifier".equals(browser.page())) {
            browser.submit(LOGIN, Map.of("step", "identifier", "username", account.email()));
        }
        browser.assertPage("login-password");
        if (!browser.hasField("password")) {
            return browser; // no password to type: the page says why (a locked account, FAQ SIGN-07)
        }
        return browser.submit(LOGIN, Map.of("step", "password", "password", account.password(), "method", method));
    }
}
