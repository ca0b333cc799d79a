package lab.eulogin.idp.http;

import lab.eulogin.idp.links.LinkUrls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The addresses written into e-mails. The token comes last, so a link cut off by a mail program
 * loses part of its token and is recognised as incomplete.
 */
public final class MailedLinks implements LinkUrls {
    private final Supplier<String> baseUrl;

    /** @param baseUrl asked at each mail, since the port is known only once the server is bound */
    public MailedLinks(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String newPasswordUrl(String uid, String token) {
        return baseUrl.get() + Paths.NEW_PASSWORD + "?uid=" + URLEncoder.encode(uid, StandardCharsets.UTF_8)
                + "&resetCode=" + token;
    }

    @Override
    public String confirmEmailUrl(String token) {
        return baseUrl.get() + Paths.CONFIRM_EMAIL + "?code=" + token;
    }
}
