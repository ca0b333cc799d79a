package lab.eulogin.idp.captcha;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out captchas and remembers the last one each client was shown, so that in lab mode a
 * test can type it as a person reading the picture would.
 */
public final class CaptchaDesk {
    private static final int MAX_CLIENTS = 10_000;

    private final Map<String, Captcha> lastIssued = new ConcurrentHashMap<>();

    public Captcha issue(String client) {
        if (lastIssued.size() >= MAX_CLIENTS) {
            lastIssued.clear();
        }
        Captcha captcha = Captcha.draw();
        lastIssued.put(client, captcha);
        return captcha;
    }

    public Optional<Captcha> lastIssued(String client) {
        return Optional.ofNullable(lastIssued.get(client));
    }
}
