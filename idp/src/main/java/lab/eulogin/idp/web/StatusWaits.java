package lab.eulogin.idp.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.BiFunction;

import io.undertow.server.HttpServerExchange;
import lab.eulogin.idp.http.Web;

/**
 * The status address of a page that waits for the app answers at once, or, asked with
 * {@code ?while=STATUS} while the status is that one, once it is another or after {@link #AT_MOST}:
 * the page goes on the moment the app has answered instead of at its next look. Each such request
 * holds one of the server's worker threads, so at most {@link #AT_ONCE} wait at a time; any more
 * are answered at once, and their page looks again a second later.
 */
final class StatusWaits {
    /** Under the half minute after which proxies and browsers may give up on a quiet request. */
    static final Duration AT_MOST = Duration.ofSeconds(25);
    private static final int AT_ONCE = 4;

    private final Semaphore waiting = new Semaphore(AT_ONCE);

    /** The status to answer: {@code current}, or what {@code awaitOther} gives when the request asks to wait while it is current. */
    <S extends Enum<S>> S toAnswer(HttpServerExchange exchange, S current, BiFunction<S, Duration, S> awaitOther) {
        if (!current.name().equals(Web.query(exchange, "while")) || !waiting.tryAcquire()) {
            return current;
        }
        try {
            return awaitOther.apply(current, AT_MOST);
        } finally {
            waiting.release();
        }
    }
}
